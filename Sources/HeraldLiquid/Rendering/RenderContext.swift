import OrderedCollections
import Synchronization

/// Counters shared by a render and every partial it renders. Single-threaded like the render,
/// so its mutable properties skip runtime exclusivity checks (see `RenderContext`).
final class RenderBudget {
    @exclusivity(unchecked) var iterations = 0
    /// Bytes stored by `assign` and `capture` so far.
    @exclusivity(unchecked) var assignedBytes = 0
    /// The iteration count at which to read the clock next.
    @exclusivity(unchecked) var nextClockCheck = 1024
    /// The texts `capture` produced in XML templates: markup, not text.
    @exclusivity(unchecked) var capturedMarkup: Set<String> = []
    /// The partials loaded through this budget, by name: a partial rendered again (in a loop,
    /// by several tags, or in a later render on a reused context) is taken from here instead
    /// of the environment's locked, hashed cache. Created on the first partial; valid while
    /// the environment's cache generation is `partialsGeneration`.
    @exclusivity(unchecked) var partials: NameMap<ParsedTemplate?>?
    @exclusivity(unchecked) var partialsGeneration = 0
    /// How many block bodies and partials are being rendered inside each other right now.
    @exclusivity(unchecked) var nesting = 0
    /// The cap on `nesting`: blocks of one template plus partials, so that partials that
    /// each nest deeply cannot together exhaust the stack of the task rendering them.
    let maxNesting: Int
    let limits: ResourceLimits
    @exclusivity(unchecked) private(set) var deadline: ContinuousClock.Instant?

    init(limits: ResourceLimits) {
        self.limits = limits
        self.maxNesting = limits.maxNestingDepth &+ limits.maxRenderDepth &+ 1
    }

    /// Starts the budget of a new render: nothing counted, and the clock started.
    func start() {
        iterations = 0
        assignedBytes = 0
        nextClockCheck = 1024
        nesting = 0
        deadline = limits.maxRenderDuration.map { ContinuousClock.now.advanced(by: $0) }
    }

    /// Forgets what the last render stored here: its markup. The partials stay for the next
    /// render, as the environment's cache would give them.
    func clear() {
        if !capturedMarkup.isEmpty { capturedMarkup.removeAll() }
    }
}

/// The state of one `for` loop, behind `forloop`.
final class LoopFrame {
    let name: String
    let length: Int
    @exclusivity(unchecked) var index0 = 0
    let parent: LoopFrame?

    init(name: String, length: Int, parent: LoopFrame?) {
        self.name = name
        self.length = length
        self.parent = parent
    }
}

/// Mutable state of one render: scopes, counters, loop stack.
///
/// The mutable properties are `@exclusivity(unchecked)`: a render is single-threaded and no
/// access to them overlaps another (each is read or written in one statement, never passed
/// `inout` across a call that reaches the context again), so the runtime checks, which cost
/// about a tenth of a render, are skipped.
///
/// Contexts are reused: `EnvironmentCore` keeps the spare ones (`takeContext()` /
/// `recycle(_:)`), so a render does not allocate and free a context, its scopes and its arrays
/// each time. `@unchecked Sendable` because a context is used by one render, on one thread,
/// at a time: it passes between threads only through that pool, under its lock, and only
/// after `end()` has dropped everything the render put in it.
final class RenderContext: @unchecked Sendable {
    enum Interrupt { case breakLoop, continueLoop }

    /// Unowned: the core keeps spare contexts, so a strong reference back would be a cycle.
    /// A context is used only inside a render call, which holds the template and so the core.
    unowned(unsafe) let core: EnvironmentCore
    @exclusivity(unchecked) var source = SourceFile.none
    @exclusivity(unchecked) private(set) var globals: OrderedDictionary<String, LiquidValue> = [:]
    /// `globals.values`, shared (not copied): read in place through a buffer pointer, which
    /// reaching into `globals` itself does not allow without retaining its buffers.
    @exclusivity(unchecked) private(set) var globalValues: [LiquidValue] = []
    /// Every scope this context made, the root and the ones pushed since: owned for as long as
    /// the context lives, so `scopes` and `spareScopes` can refer to them without counting
    /// references (a variable lookup then reads a scope without retaining and releasing it).
    private let rootScope = Scope()
    @exclusivity(unchecked) private var ownedScopes: [Scope] = []
    /// scopes[0] (`rootScope`) takes `assign` and `capture`; loops and `include` push more.
    @exclusivity(unchecked) private(set) var scopes: [Unmanaged<Scope>] = []
    /// Scopes that loops and `include`s pushed and popped, emptied, for the next push to reuse.
    @exclusivity(unchecked) private var spareScopes: [Unmanaged<Scope>] = []
    /// `increment` / `decrement` counters, `cycle` positions and `offset: continue` positions:
    /// created on first use, so a render (or a `render` partial) that uses none allocates none.
    @exclusivity(unchecked) var counters: NameMap<Int>?
    @exclusivity(unchecked) var cycles: NameMap<Int>?
    @exclusivity(unchecked) var forOffsets: NameMap<Int>?
    @exclusivity(unchecked) var loops: [LoopFrame] = []
    @exclusivity(unchecked) var lastIfchanged: [UInt8]?
    @exclusivity(unchecked) var interrupt: Interrupt?
    @exclusivity(unchecked) private(set) var filterContext = FilterContext()
    /// The budget this context's top-level renders count against.
    private let ownBudget: RenderBudget
    /// `ownBudget`, or in a `render` partial the budget of the render that called it.
    @exclusivity(unchecked) private(set) var budget: RenderBudget
    @exclusivity(unchecked) var depth = 0
    @exclusivity(unchecked) var includeDisabled = false
    @exclusivity(unchecked) var outputContext: OutputContext = .text
    /// The positional-argument array of the last filter call, kept to be refilled by the next
    /// one so that filter calls do not allocate an array each.
    @exclusivity(unchecked) var argumentScratch: [LiquidValue] = []

    /// A context for `core`'s renders; `begin` prepares it for one.
    init(core: EnvironmentCore) {
        self.core = core
        ownBudget = RenderBudget(limits: core.options.limits)
        budget = ownBudget
        scopes = Self.scopeStack(rootScope)
    }

    /// Prepares the context to render `source` with `data` as its variables.
    func begin(source: SourceFile, data: LiquidValue, registers: [String: LiquidValue]) {
        self.source = source
        if case .object(let object) = data { globals = object.pairs }
        globalValues = globals.values.elements
        filterContext = FilterContext(registers: registers, maxResultBytes: core.options.limits.maxOutputBytes)
        budget = ownBudget
        ownBudget.start()
    }

    /// Prepares the context for a `render` tag of `parent`: it shares the registers and the
    /// budget, nothing else. As in Ruby, whose isolated subcontext drops the render's
    /// environments, the render data is not visible: a partial sees only what the `render`
    /// tag passes it.
    func begin(isolatedFrom parent: RenderContext, source: SourceFile) {
        self.source = source
        filterContext = parent.filterContext
        budget = parent.budget
        depth = parent.depth + 1
        includeDisabled = true
        outputContext = parent.outputContext
    }

    /// Forgets the render: its source, data, registers, variables, counters and loops. Memory
    /// is kept for the next render, and so are the partials the budget loaded (until the
    /// environment's cache is cleared), as the environment's own cache would keep them.
    func end() {
        source = .none
        globals = [:]
        globalValues = []
        filterContext = FilterContext()
        ownBudget.clear()
        budget = ownBudget
        while scopes.count > 1 { popScope() }
        rootScope.removeAll()
        counters = nil
        cycles = nil
        forOffsets = nil
        loops.removeAll(keepingCapacity: true)
        lastIfchanged = nil
        interrupt = nil
        depth = 0
        includeDisabled = false
        outputContext = .text
        argumentScratch.removeAll(keepingCapacity: true)
    }

    var strictVariables: Bool { core.options.strictVariables }

    func locate(_ failure: LocatedFailure) -> LiquidError {
        source.error(
            failure.code, failure.message, at: failure.offset, length: failure.length, suggestion: failure.suggestion,
            help: failure.help)
    }

    func renderDocument(_ template: ParsedTemplate, into out: inout OutputBuffer) throws {
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
        // Reading the clock costs more than an iteration; look every 1024 iterations.
        if budget.iterations >= budget.nextClockCheck { try checkDeadline(at: offset) }
    }

    /// Counts `count` iterations at once (a range expanded for a filter).
    func countIterations(_ count: Int, at offset: Int) throws(LocatedFailure) {
        budget.iterations = budget.iterations.addingReportingOverflow(count).partialValue
        if budget.iterations > budget.limits.maxLoopIterations || budget.iterations < 0 {
            throw limitFailure(
                "loops ran more than \(budget.limits.maxLoopIterations) iterations", at: offset,
                help: "loop over less data or raise maxLoopIterations")
        }
        if budget.iterations >= budget.nextClockCheck { try checkDeadline(at: offset) }
    }

    /// Fails when block bodies and partials nest deeper than the budget allows.
    func nestingFailure(_ nodes: [Node]) -> LocatedFailure {
        var offset = 0
        for node in nodes {
            switch node {
            case .output(_, _, let at), .capture(_, _, let at): offset = at
            case .textOutput(_, _, _, let at): offset = Int(at)
            case .assign(let tag): offset = tag.takeUnretainedValue().offset
            case .include(let partial), .render(let partial): offset = partial.offset
            case .forLoop(let loop), .tablerow(let loop): offset = loop.offsetInSource
            default: continue
            }
            break
        }
        return limitFailure(
            "blocks and partials nest deeper than \(budget.maxNesting) levels", at: offset,
            help: "flatten the nesting of blocks and partials, or raise maxNestingDepth / maxRenderDepth")
    }

    func checkDeadline(at offset: Int) throws(LocatedFailure) {
        budget.nextClockCheck = budget.iterations &+ 1024
        guard let deadline = budget.deadline, ContinuousClock.now > deadline else { return }
        let limit = budget.limits.maxRenderDuration.map { "\($0)" } ?? ""
        throw limitFailure(
            "rendering took longer than \(limit)", at: offset,
            help: "render less data, simplify the template or raise maxRenderDuration")
    }

    /// Counts a value `assign` or `capture` stores against `maxAssignBytes`.
    func countAssigned(_ value: LiquidValue, _ name: String, at offset: Int) throws(LocatedFailure) {
        let size: Int
        switch value {
        case .string(let text): size = text.utf8.count
        case .array(let values): size = values.count &* 32
        case .object(let pairs): size = pairs.count &* 64
        default: return
        }
        budget.assignedBytes &+= size
        if size > budget.limits.maxOutputBytes || budget.assignedBytes > budget.limits.maxAssignBytes {
            throw limitFailure(
                "'\(name)' pushes stored values past the render's limit "
                    + "(\(budget.limits.maxOutputBytes) bytes each, \(budget.limits.maxAssignBytes) in all)",
                at: offset, help: "build smaller values, or raise maxOutputBytes / maxAssignBytes")
        }
    }

    func checkOutput(_ count: Int, at offset: Int) throws(LocatedFailure) {
        if count > budget.limits.maxOutputBytes {
            throw limitFailure(
                "output is larger than \(budget.limits.maxOutputBytes) bytes", at: offset,
                help: "render less or raise maxOutputBytes")
        }
    }

    // MARK: Scope

    /// Where a variable's value is: copied out of a scope or counter, or in the render data.
    enum VariableLocation {
        case value(LiquidValue)
        /// `globalValues[position]`.
        case global(Int)
        case missing
    }

    func lookupVariable(_ name: String) -> LiquidValue? {
        switch locateVariable(name, hint: Self.anyNameHint, scopeHint: Self.anyNameScopeHint) {
        case .value(let value): value
        case .global(let position): globalValues[position]
        case .missing: nil
        }
    }

    /// The position hint for names that come from no path (see `PathKey.hint`).
    static let anyNameHint = Atomic<Int>(0)
    /// The scope position hint for names that come from no path.
    static let anyNameScopeHint = Atomic<Int>(0)

    /// Finds `name` in the scopes (innermost first, each checking the position in `scopeHint`
    /// first), the counters, then the render data, there checking the position in `hint` first
    /// (see `PathKey.hint`). The render data is not copied out: a caller that reads only part
    /// of it (`customer.name`) then need not retain and release every buffer of a hash.
    @inline(__always)
    func locateVariable(_ name: String, hint: borrowing Atomic<Int>, scopeHint: borrowing Atomic<Int>)
        -> VariableLocation
    {
        var index = scopes.count - 1
        while index >= 0 {
            if let value = scopes[index]._withUnsafeGuaranteedRef({ $0.value(of: name, hint: scopeHint) }) {
                return .value(value)
            }
            index -= 1
        }
        if let counter = counters?[name] { return .value(.integer(counter)) }
        if name.utf8.count == 5, name == "empty" || name == "blank" { return .missing }
        let guess = hint.load(ordering: .relaxed)
        if guess < globals.count, globals.keys[guess].isSameName(as: name) { return .global(guess) }
        guard let position = globals.position(ofKey: name) else { return .missing }
        hint.store(position, ordering: .relaxed)
        return .global(position)
    }

    func knownNames() -> [String] {
        var names = Set(globals.keys)
        for scope in scopes { names.formUnion(scope.takeUnretainedValue().keys) }
        names.formUnion(counters?.keys ?? [])
        if !loops.isEmpty { names.insert("forloop") }
        return Array(names)
    }

    /// A scope stack holding `root`, with room for a few more scopes (so that pushing the
    /// first loop's scope does not reallocate it).
    private static func scopeStack(_ root: Scope) -> [Unmanaged<Scope>] {
        var scopes: [Unmanaged<Scope>] = []
        scopes.reserveCapacity(4)
        scopes.append(Unmanaged.passUnretained(root))
        return scopes
    }

    /// An empty scope (a popped one, or a new one this context owns), not yet pushed.
    func emptyScope() -> Scope {
        if let spare = spareScopes.popLast() { return spare.takeUnretainedValue() }
        let scope = Scope()
        ownedScopes.append(scope)
        return scope
    }

    /// Pushes `scope`, which must come from `emptyScope()` (so that this context owns it).
    func push(_ scope: Scope) {
        scopes.append(Unmanaged.passUnretained(scope))
    }

    /// Pushes an empty scope (reusing a popped one) and returns it.
    func pushScope() -> Scope {
        let scope = emptyScope()
        push(scope)
        return scope
    }

    /// Pops the innermost scope, keeping it emptied for the next `pushScope()`.
    func popScope() {
        guard let scope = scopes.popLast() else { return }
        scope._withUnsafeGuaranteedRef { $0.removeAll() }
        spareScopes.append(scope)
    }

    /// Sets `name` in the innermost scope.
    func setInInnermostScope(_ name: String, _ value: LiquidValue) {
        scopes[scopes.count - 1]._withUnsafeGuaranteedRef { $0.set(name, value) }
    }

    /// Sets `name` in the map `map` points to, creating the map first if needed.
    static func set(_ name: String, _ value: Int, in map: inout NameMap<Int>?) {
        if let map {
            map.set(name, value)
        } else {
            map = NameMap(name, value)
        }
    }

    func assign(_ name: String, _ value: LiquidValue) {
        scopes[0]._withUnsafeGuaranteedRef { $0.set(name, value) }
    }

    /// Whether `value` is exactly the text of a `capture` made in this XML render: markup the
    /// engine already escaped, which must not be escaped again. Matching by content is safe:
    /// printing a string equal to engine-made markup unescaped prints that same markup.
    func isCapturedMarkup(_ value: LiquidValue) -> Bool {
        guard case .string(let text) = value else { return false }
        return budget.capturedMarkup.contains(text)
    }
}
