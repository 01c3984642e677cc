/// A value expression: a literal, a variable path or a range. Parsed once; paths are split
/// into segments at parse time.
indirect enum Expression: Sendable {
    case literal(LiquidValue)
    /// The special `blank` literal.
    case blank
    /// The special `empty` literal.
    case empty
    case variable(VariablePath)
    /// `(start..end)`; `offset` is where the `(` is.
    case range(Expression, Expression, offset: Int)
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
struct VariablePath: Sendable {
    var root: PathRoot
    var segments: [PathSegment]
    /// Source range, for errors.
    var start: Int
    var end: Int
    /// The path as written, for errors and `forloop.name`.
    var text: String
}

/// An expression followed by filters: `value | f: a, b, key: c`.
struct FilteredExpression: Sendable {
    var expression: Expression
    var filters: [FilterCall]
    /// The chain ends in `raw_xml` (trusted markup) or in `escape`, `escape_once` or `h`
    /// (already escaped): XML templates do not escape the output again.
    var isRawXML: Bool
}

/// One filter application in a chain.
struct FilterCall: Sendable {
    var name: String
    /// Nil when the filter is unknown and strict filters are off: the input passes through.
    var function: LiquidFilter?
    var positional: [Expression]
    var keyword: [(String, Expression)]
    var start: Int
    var length: Int
}

/// A condition of `if`, `unless`, `elsif`, `when` or a host condition: comparisons joined by
/// `and` / `or`, which group from the right. Kept flat so huge conditions cannot overflow
/// the stack.
struct Condition: Sendable {
    enum Operator: String, Sendable {
        case equal = "==", notEqual = "!=", notEqualAlt = "<>", less = "<", greater = ">"
        case lessOrEqual = "<=", greaterOrEqual = ">=", contains
    }

    struct Comparison: Sendable {
        var left: Expression
        var op: Operator?
        var right: Expression?
        var offset: Int
    }

    var comparisons: [Comparison]
    /// `joiners[i]` joins comparison i and i + 1: true for `and`, false for `or`.
    var joiners: [Bool]
}
