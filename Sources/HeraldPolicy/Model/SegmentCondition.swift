import HeraldLiquid

/// A compiled segment condition over the `history` and `customer` data.
public protocol SegmentCondition: Sendable {
    /// Whether the condition holds for `data`.
    ///
    /// - Throws: When the condition cannot be evaluated (such as an unknown variable in strict mode).
    func evaluate(_ data: LiquidValue) throws -> Bool
}

/// Turns the condition text of a segment rule into a ``SegmentCondition``. The policy loader
/// takes one so that condition syntax lives in one place (the Liquid engine) and tests can
/// substitute their own.
public protocol ConditionCompiler: Sendable {
    /// Compiles `source`.
    ///
    /// - Parameters:
    ///   - source: The condition, such as `history.late_payments_12m >= 3`.
    ///   - name: A name for messages, such as `herald.yaml segments[2].when`.
    /// - Throws: ``ConditionSyntaxError`` with a position inside `source`.
    func compile(_ source: String, name: String) throws(ConditionSyntaxError) -> any SegmentCondition
}

/// A syntax error in a condition, positioned within the condition text.
public struct ConditionSyntaxError: Error, Sendable, Hashable {
    /// What is wrong, one line.
    public var message: String
    /// 1-based column within the condition text.
    public var column: Int
    /// How many characters the problem spans.
    public var length: Int
    /// A "did you mean" suggestion, when there is one.
    public var suggestion: String?

    /// Creates an error.
    public init(message: String, column: Int = 1, length: Int = 1, suggestion: String? = nil) {
        self.message = message
        self.column = column
        self.length = length
        self.suggestion = suggestion
    }
}
