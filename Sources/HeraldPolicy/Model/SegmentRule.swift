import HeraldDiagnostics

/// A segment and the condition that puts a customer in it.
public struct SegmentRule: Sendable {
    /// The segment id, such as `chronic-late`.
    public var id: String
    /// The Liquid condition as written, such as `history.late_payments_12m >= 3`; `nil` for a
    /// catch-all segment that every remaining customer falls into.
    public var conditionSource: String?
    /// The compiled condition; `nil` for a catch-all.
    public var condition: (any SegmentCondition)?
    /// Where the rule is defined in `herald.yaml`.
    public var location: SourceLocation?

    /// Creates a rule.
    public init(id: String, conditionSource: String?, condition: (any SegmentCondition)?, location: SourceLocation? = nil) {
        self.id = id
        self.conditionSource = conditionSource
        self.condition = condition
        self.location = location
    }
}
