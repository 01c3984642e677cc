/// What the ledger says one customer was sent, in the few fields deciding the next stage
/// needs.
public struct SentMessage: Sendable, Hashable {
    /// The dunning stage.
    public var stage: String
    /// The invoice numbers the message covered.
    public var invoices: [String]
    /// The as-of date of the run that sent it (`YYYY-MM-DD`).
    public var asOf: String

    /// Creates a record.
    public init(stage: String, invoices: [String], asOf: String) {
        self.stage = stage
        self.invoices = invoices
        self.asOf = asOf
    }

    /// The record of a ledger entry.
    public init(_ entry: LedgerEntry) {
        self.init(stage: entry.stage, invoices: entry.invoices, asOf: entry.asOf)
    }
}
