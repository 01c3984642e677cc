/// What ``Outbox/open(at:runID:asOf:options:logger:)`` did to clean up after an interrupted run.
public struct RecoveryReport: Sendable, Hashable {
    /// Files in `tmp/` whose ledger line was committed, now moved to `new/` (`email/new/…`).
    public var published: [String]
    /// Files in `tmp/` that were never committed, now deleted (`email/tmp/…`); they will be
    /// rendered again.
    public var discarded: [String]
    /// Whether the ledger ended in a torn line, which was truncated.
    public var droppedTornLedgerLine: Bool

    /// Creates a report.
    public init(published: [String] = [], discarded: [String] = [], droppedTornLedgerLine: Bool = false) {
        self.published = published
        self.discarded = discarded
        self.droppedTornLedgerLine = droppedTornLedgerLine
    }

    /// Whether there was nothing to recover.
    public var isClean: Bool { published.isEmpty && discarded.isEmpty && !droppedTornLedgerLine }
}
