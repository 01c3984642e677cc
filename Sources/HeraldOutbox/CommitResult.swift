/// What one ``Outbox/commit(_:)`` did.
public struct CommitResult: Sendable, Hashable {
    /// The messages written and published, in batch order.
    public var written: [LedgerEntry]
    /// Keys that were not written because the ledger (or an earlier item of the batch) already has them.
    public var skippedKeys: [String]
    /// Handover CSV files published with the batch (names in `handover/new/`).
    public var handoverFiles: [String]
    /// Listing files published with the batch, such as print manifests (names in the listed
    /// messages' `new/`).
    public var listingFiles: [String]

    /// Creates a result.
    public init(
        written: [LedgerEntry] = [], skippedKeys: [String] = [], handoverFiles: [String] = [],
        listingFiles: [String] = []
    ) {
        self.written = written
        self.skippedKeys = skippedKeys
        self.handoverFiles = handoverFiles
        self.listingFiles = listingFiles
    }
}
