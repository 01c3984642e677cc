/// How an ``Outbox`` makes a batch durable before it becomes visible.
public enum SyncStrategy: String, Sendable, Hashable, CaseIterable {
    /// Write a file and `fsync` it, then the next: one disk flush per file (slowest).
    case perFile = "per-file"
    /// Write every file of the batch, then `fsync` each.
    case batched
    /// Write every file of the batch, then `syncfs(2)` the outbox's filesystem once.
    case filesystem
}

/// Settings for ``Outbox/open(at:runID:asOf:options:logger:)``.
public struct OutboxOptions: Sendable {
    /// Writes nothing at all: no folders, no lock, no files, no ledger lines. Reads the ledger
    /// when it exists, so `isAlreadySent` and commit results answer as a real run would.
    public var dryRun: Bool
    /// How a batch is flushed before it is published. See `docs/outbox.md` for measurements.
    public var sync: SyncStrategy
    /// Whether the outbox keeps every ledger entry in memory, loaded or committed, for
    /// ``Outbox/sent(toCustomer:)`` and ``Outbox/ledgerEntries`` (`true`), or only what a run
    /// needs (`false`): every key, so nothing is written twice, and ``Outbox/sentMessages``
    /// as the ledger stood at opening. A dunning run sets `false`: about 130 bytes a ledger
    /// line instead of the whole entry (see `docs/outbox.md`).
    public var keepsEntries: Bool

    /// Creates options.
    ///
    /// - Parameters:
    ///   - dryRun: Write nothing.
    ///   - sync: How a batch is flushed before it is published.
    ///   - keepsEntries: Keep every ledger entry in memory (see the property).
    public init(dryRun: Bool = false, sync: SyncStrategy = .filesystem, keepsEntries: Bool = true) {
        self.dryRun = dryRun
        self.sync = sync
        self.keepsEntries = keepsEntries
    }
}
