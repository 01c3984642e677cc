import OrderedCollections
import Synchronization

/// A value expression: a literal, a variable path or a range. Parsed once; paths are split
/// into segments at parse time.
///
/// The syntax types the renderer visits on every render (`VariablePath`, `FilteredExpression`,
/// `Condition`) are immutable final classes: the renderer then shares them with one reference
/// count instead of copying (retaining and releasing) each of their fields.
enum Expression: Sendable {
    case literal(LiquidValue)
    /// The special `blank` literal.
    case blank
    /// The special `empty` literal.
    case empty
    case variable(VariablePath)
    /// `(start..end)`; `offset` is where the `(` is.
    indirect case range(Expression, Expression, offset: Int)
}

/// The first element of a variable path: a name, or a bracketed expression (`['a b']`).
indirect enum PathRoot: Sendable {
    case name(String)
    case expression(Expression)
}

/// One step of a path after its root.
enum PathSegment: Sendable {
    /// `.name`; `size`, `first` and `last` also work on arrays, strings and hashes.
    case key(String)
    /// `[expression]`.
    case index(Expression)
}

/// A variable lookup such as `customer.invoices[0].total`.
final class VariablePath: Sendable {
    let root: PathRoot
    let segments: [PathSegment]
    /// Source range, for errors.
    let start: Int
    let end: Int
    /// The path as written, for errors and `forloop.name`.
    let text: String
    /// The root's name when it is a plain name (resolved once, when parsing).
    let rootName: String?
    /// The root is the name `forloop`.
    let isForloop: Bool
    /// Where the root name was last found in the render data (see `PathKey.hint`).
    let rootHint = Atomic<Int>(0)
    /// Where the root name was last found in a scope (see `NameMap.value(of:hint:)`).
    let scopeHint = Atomic<Int>(0)
    /// For each segment, its key when it is a `.name` key, as an unretained reference to a
    /// `PathKey` this path owns (`keys`): the renderer borrows it instead of copying the key
    /// (a retain and release) from the segment.
    let stepKeys: [Unmanaged<PathKey>?]
    private let keys: [PathKey]

    init(root: PathRoot, segments: [PathSegment], start: Int, end: Int, text: String) {
        self.root = root
        self.segments = segments
        self.start = start
        self.end = end
        self.text = text
        if case .name(let name) = root { rootName = name } else { rootName = nil }
        isForloop = rootName == "forloop"
        var keys: [PathKey] = []
        stepKeys = segments.map { segment in
            guard case .key(let name) = segment else { return nil }
            keys.append(PathKey(name))
            return keys.last.map(Unmanaged.passUnretained)
        }
        self.keys = keys
    }
}

/// A `.name` step of a path, shared by reference (see `VariablePath.stepKeys`).
final class PathKey: Sendable {
    let name: String
    /// Where this key was last found in a hash: hashes of one kind (every invoice of a list)
    /// keep their keys in one order, so the next lookup checks there first and usually needs no
    /// search. Only a hint: any position is checked before it is used, so renders on other
    /// threads updating it concurrently (relaxed atomics) cannot change a result.
    let hint = Atomic<Int>(0)

    init(_ name: String) {
        self.name = name
    }
}

/// An expression followed by filters: `value | f: a, b, key: c`.
final class FilteredExpression: Sendable {
    let expression: Expression
    let filters: [FilterCall]
    /// The chain ends in `raw_xml` (trusted markup) or in `escape`, `escape_once` or `h`
    /// (already escaped): XML templates do not escape the output again.
    let isRawXML: Bool
    /// Each call's filter, as a reference the renderer borrows without retaining it (`filters`
    /// owns them).
    let borrowedFunctions: [Unmanaged<FilterFunction>?]
    /// For each call whose arguments are all literals (`plus: 1`, `append: "!"`), those
    /// arguments, built once here and borrowed by the renderer (`constants` owns them), rather
    /// than evaluated into a new argument list on every call.
    let constantArguments: [Unmanaged<ConstantArguments>?]
    private let constants: [ConstantArguments?]

    init(expression: Expression, filters: [FilterCall], isRawXML: Bool) {
        self.expression = expression
        self.filters = filters
        self.isRawXML = isRawXML
        borrowedFunctions = filters.map { $0.function.map(Unmanaged.passUnretained) }
        constants = filters.map(ConstantArguments.init(call:))
        constantArguments = constants.map { $0.map(Unmanaged.passUnretained) }
    }
}

/// The arguments of a filter call that are all literals, as the filter receives them.
final class ConstantArguments: Sendable {
    let arguments: FilterArguments

    /// Nil unless the call has arguments and every one is a literal that reaches the filter
    /// unchanged (a range literal becomes an array within the render's loop budget, so it is
    /// evaluated each time).
    init?(call: FilterCall) {
        guard !call.positional.isEmpty || !call.keyword.isEmpty else { return nil }
        func constant(_ expression: Expression) -> LiquidValue? {
            guard case .literal(let value) = expression else { return nil }
            if case .range = value { return nil }
            return value
        }
        var arguments = FilterArguments()
        for expression in call.positional {
            guard let value = constant(expression) else { return nil }
            arguments.positional.append(value)
        }
        for (key, expression) in call.keyword {
            guard let value = constant(expression) else { return nil }
            arguments.keyword[key] = value
        }
        self.arguments = arguments
    }
}

/// One filter application in a chain.
struct FilterCall: Sendable {
    var name: String
    /// Nil when the filter is unknown and strict filters are off: the input passes through.
    var function: FilterFunction?
    var positional: [Expression]
    var keyword: [(String, Expression)]
    var start: Int
    var length: Int
}

/// A condition of `if`, `unless`, `elsif`, `when` or a host condition: comparisons joined by
/// `and` / `or`, which group from the right. Kept flat so huge conditions cannot overflow
/// the stack.
final class Condition: Sendable {
    enum Operator: String, Sendable {
        case equal = "==", notEqual = "!=", notEqualAlt = "<>", less = "<", greater = ">"
        case lessOrEqual = "<=", greaterOrEqual = ">=", contains
    }

    /// One comparison, or a lone value tested for truthiness. A final class, like `Condition`,
    /// so that evaluating it shares its expressions instead of copying them.
    final class Comparison: Sendable {
        let left: Expression
        let op: Operator?
        let right: Expression?
        let offset: Int

        init(left: Expression, op: Operator?, right: Expression?, offset: Int) {
            self.left = left
            self.op = op
            self.right = right
            self.offset = offset
        }
    }

    let comparisons: [Comparison]
    /// `comparisons`, as references evaluation borrows without retaining them.
    let borrowedComparisons: [Unmanaged<Comparison>]
    /// `joiners[i]` joins comparison i and i + 1: true for `and`, false for `or`.
    let joiners: [Bool]

    init(comparisons: [Comparison], joiners: [Bool]) {
        self.comparisons = comparisons
        self.borrowedComparisons = comparisons.map(Unmanaged.passUnretained)
        self.joiners = joiners
    }
}
