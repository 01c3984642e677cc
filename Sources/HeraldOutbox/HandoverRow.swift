/// One row for the collection-agency handover CSV, committed with the message it belongs to.
///
/// Rows in one ``Outbox/commit(_:)`` batch that share the same columns go into one CSV file in
/// `handover/`, published in the same step as the messages, so a claim is handed over exactly
/// when its final message is sent, never twice and never not at all.
public struct HandoverRow: Sendable, Hashable {
    /// The header names, in order.
    public var columns: [String]
    /// The values, one per column.
    public var values: [String]

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - columns: The header names, in order.
    ///   - values: The values, one per column.
    public init(columns: [String], values: [String]) {
        self.columns = columns
        self.values = values
    }
}
