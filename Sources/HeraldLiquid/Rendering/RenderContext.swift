import OrderedCollections

/// Counters shared by a render and every partial it renders.
final class RenderBudget {
    @exclusivity(unchecked) var iterations = 0
    let limits: ResourceLimits
    let outputLimit: Int

    init(limits: ResourceLimits, outputBase: Int) {
        self.limits = limits
        self.outputLimit = outputBase &+ limits.maxOutputBytes
    }
}

/// The state of one `for` loop, behind `forloop`.
final class LoopFrame {
    let name: String
    let length: Int
    var index0 = 0
    let parent: LoopFrame?

    init(name: String, length: Int, parent: LoopFrame?) {
        self.name = name
        self.length = length
        self.parent = parent
    }
}

/// Mutable state of one render: scopes, counters, loop stack. Not shared between threads.
///
/// The mutable properties are `@exclusivity(unchecked)`: a render is single-threaded and no
/// access to them overlaps another (each is read or written in one statement, never passed
/// `inout` across a call that reaches the context again), so the runtime checks, which cost
/// about a tenth of a render, are skipped.
final class RenderContext {
    enum Interrupt { case breakLoop, continueLoop }

    let core: EnvironmentCore
    @exclusivity(unchecked) var source: SourceFile
    let globals: OrderedDictionary<String, LiquidValue>
    /// scopes[0] takes `assign` and `capture`; loops and `include` push more.
    @exclusivity(unchecked) var scopes: [Scope] = [Scope()]
    @exclusivity(unchecked) var counters: [String: Int] = [:]
    @exclusivity(unchecked) var cycles: [String: Int] = [:]
    @exclusivity(unchecked) var forOffsets: [String: Int] = [:]
    @exclusivity(unchecked) var loops: [LoopFrame] = []
    var lastIfchanged: [UInt8]?
    @exclusivity(unchecked) var interrupt: Interrupt?
    let filterContext: FilterContext
    let budget: RenderBudget
    @exclusivity(unchecked) var depth = 0
    var includeDisabled = false
    @exclusivity(unchecked) var outputContext: OutputContext = .text
    /// The positional-argument array of the last filter call, kept to be refilled by the next
    /// one so that filter calls do not allocate an array each.
    @exclusivity(unchecked) var argumentScratch: [LiquidValue] = []
    /// Variables that hold a `capture` of XML output: already escaped markup.
    var markupNames: Set<String> = []

    init(core: EnvironmentCore, source: SourceFile, data: LiquidValue, registers: [String: LiquidValue], outputBase: Int) {
        self.core = core
        self.source = source
        if case .object(let pairs) = data { globals = pairs } else { globals = [:] }
        self.filterContext = FilterContext(registers: registers)
        self.budget = RenderBudget(limits: core.options.limits, outputBase: outputBase)
    }

    /// A context for `render`: shares registers and budget, nothing else. As in Ruby, whose
    /// isolated subcontext drops the render's environments, the render data is not visible:
    /// a partial sees only what the `render` tag passes it.
    init(isolatedFrom parent: RenderContext, source: SourceFile) {
        core = parent.core
        self.source = source
        globals = [:]
        filterContext = parent.filterContext
        budget = parent.budget
        depth = parent.depth + 1
        includeDisabled = true
        outputContext = parent.outputContext
    }

    var strictVariables: Bool { core.options.strictVariables }

    func locate(_ failure: LocatedFailure) -> LiquidError {
        source.error(
            failure.code, failure.message, at: failure.offset, length: failure.length, suggestion: failure.suggestion,
            help: failure.help)
    }

    func renderDocument(_ template: ParsedTemplate, into out: inout [UInt8]) throws {
        outputContext = template.outputContext
        do {
            try render(template.nodes, into: &out)
        } catch let failure as LocatedFailure {
            throw locate(failure)
        }
    }

    func limitFailure(_ message: String, at offset: Int, help: String) -> LocatedFailure {
        LocatedFailure(LiquidErrorCode.limitExceeded, message, at: offset, help: help)
    }

    func countIteration(at offset: Int) throws(LocatedFailure) {
        budget.iterations &+= 1
        if budget.iterations > budget.limits.maxLoopIterations {
            throw limitFailure(
                "loops ran more than \(budget.limits.maxLoopIterations) iterations", at: offset,
                help: "loop over less data or raise maxLoopIterations")
        }
    }

    func checkOutput(_ out: [UInt8], at offset: Int) throws(LocatedFailure) {
        if out.count > budget.outputLimit {
            throw limitFailure(
                "output is larger than \(budget.limits.maxOutputBytes) bytes", at: offset,
                help: "render less or raise maxOutputBytes")
        }
    }

    // MARK: Scope

    func lookupVariable(_ name: String) -> LiquidValue? {
        var index = scopes.count - 1
        while index >= 0 {
            if let value = scopes[index].value(name) { return value }
            index -= 1
        }
        if let counter = counters[name] { return .integer(counter) }
        if name.utf8.count == 5, name == "empty" || name == "blank" { return nil }
        return globals.value(forKey: name)
    }

    func knownNames() -> [String] {
        var names = Set(globals.keys)
        for scope in scopes { names.formUnion(scope.keys) }
        names.formUnion(counters.keys)
        if !loops.isEmpty { names.insert("forloop") }
        return Array(names)
    }

    func assign(_ name: String, _ value: LiquidValue) {
        scopes[0].set(name, value)
        if !markupNames.isEmpty { markupNames.remove(name) }
    }

    /// `{{ name }}` with no filters, where `name` is a captured XML fragment not shadowed by
    /// a loop or `include` variable: it is printed without escaping it a second time.
    func isCapturedMarkup(_ expression: FilteredExpression) -> Bool {
        guard !markupNames.isEmpty, expression.filters.isEmpty, case .variable(let path) = expression.expression,
            path.segments.isEmpty, case .name(let name) = path.root, markupNames.contains(name)
        else { return false }
        return scopes.dropFirst().allSatisfy { $0.value(name) == nil }
    }
}
