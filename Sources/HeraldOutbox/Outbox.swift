#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import HeraldDiagnostics
import Logging

/// Herald's outbox: Maildir-style channel folders, a ledger of sent messages, reject reports
/// and run manifests. The only place Herald writes files.
///
/// ```
/// outbox/
///   .lock                    flock(2) by the run that has the outbox open; holds its pid
///   ledger.jsonl             one line per committed message (the commit point)
///   ledger-archive/*.jsonl   lines of settled invoices moved out (``archiveLedger(at:name:dryRun:archives:)``)
///   email/ sms/ letter/ handover/
///       tmp/ new/ cur/       Herald writes tmp/, publishes to new/; agents claim into cur/
///   runs/<run-id>.json       manifest of each run
///   runs/<run-id>.files      every file the run published, one path per line
///   rejects/<run-id>.jsonl   every record or message that could not be produced
/// ```
///
/// Use one `Outbox` per run, fed batches by the renderers:
///
/// ```swift
/// let outbox = try Outbox.open(at: url, runID: "20261129T0500Z", asOf: "2026-11-29", logger: logger)
/// defer { outbox.close() }
/// let fresh = items.filter { !outbox.isAlreadySent($0.key) }
/// try outbox.commit(fresh)
/// try outbox.finish(manifest: RunManifest(input: "customers.jsonl"))
/// ```
///
/// The type is thread-safe: calls are serialised by a lock, so several tasks may share it, but
/// commits are a single writer's work; feed it batches (a few hundred messages) rather than
/// single messages so one disk flush covers many files.
public final class Outbox: @unchecked Sendable {
    // Safe because every stored property is either immutable or inside `state`, which is only
    // touched while holding `mutex`.

    /// The outbox folder.
    public let root: URL
    /// The run id as it appears in file names (sanitized; see `docs/outbox.md`).
    public let runID: String
    /// The run's as-of date, recorded in every ledger entry.
    public let asOf: String
    /// The settings the outbox was opened with.
    public let options: OutboxOptions
    /// What opening the outbox did to finish or undo an interrupted earlier run.
    public let recovery: RecoveryReport

    let logger: Logger
    let mutex = NSLock()
    var state: State

    struct State {
        var ledger: Ledger
        var nextSequence: Int
        var lockDescriptor: Int32
        var rejectsDescriptor: Int32 = -1
        var rejectCount = 0
        var alreadySentCount = 0
        /// Messages written per channel.
        var writtenByChannel: [String: Int] = [:]
        /// Files published by this run (messages, print manifests, hand-over CSVs).
        var fileCount = 0
        /// The append descriptor of `runs/<run-id>.files`, or -1 until the first append.
        var filesListDescriptor: Int32 = -1
        var isClosed = false
    }

    private init(root: URL, runID: String, asOf: String, options: OutboxOptions, recovery: RecoveryReport, logger: Logger, state: State) {
        self.root = root
        self.runID = runID
        self.asOf = asOf
        self.options = options
        self.recovery = recovery
        self.logger = logger
        self.state = state
    }

    /// Opens (creating when needed) the outbox for one run: makes the folders, takes the lock and
    /// recovers from an interrupted earlier run.
    ///
    /// - Parameters:
    ///   - url: The outbox folder.
    ///   - runID: The run's id; sanitized for file names (see ``runID``).
    ///   - asOf: The run's as-of date, `YYYY-MM-DD`.
    ///   - options: Dry run and sync strategy.
    ///   - logger: Where the outbox logs what it does (info and below).
    /// - Returns: The open outbox; call ``close()`` when the run ends.
    /// - Throws: `DiagnosticError` with `outbox.locked` when another run has the outbox open,
    ///   `outbox.ledger-corrupt` when a ledger line is damaged, `outbox.io-error` otherwise.
    public static func open(
        at url: URL, runID: String, asOf: String, options: OutboxOptions = OutboxOptions(), logger: Logger
    ) throws -> Outbox {
        let root = url.standardizedFileURL.path
        let safeRunID = FileName.safeRunID(runID)
        let ledgerPath = root + "/ledger.jsonl"
        if options.dryRun {
            let ledger = try Ledger.load(
                path: ledgerPath, writable: false, runID: safeRunID, keepsEntries: options.keepsEntries, logger: logger)
            let state = State(ledger: ledger, nextSequence: ledger.countForRun + 1, lockDescriptor: -1)
            return Outbox(
                root: url, runID: safeRunID, asOf: asOf, options: options, recovery: RecoveryReport(), logger: logger,
                state: state)
        }
        do {
            try FileSystem.makeDirectory(root)
            for folder in OutboxFolder.allCases {
                for sub in ["tmp", "new", "cur"] { try FileSystem.makeDirectory("\(root)/\(folder.rawValue)/\(sub)") }
            }
            try FileSystem.makeDirectory(root + "/runs")
            try FileSystem.makeDirectory(root + "/rejects")
        } catch {
            throw OutboxDiagnostics.io(error, doing: "creating the outbox folders")
        }
        let lockDescriptor = try takeLock(root: root)
        do {
            var ledger = try Ledger.load(
                path: ledgerPath, writable: true, runID: safeRunID, keepsEntries: options.keepsEntries,
                watching: try leftovers(root: root), logger: logger)
            let report = try recover(root: root, ledger: ledger, logger: logger)
            var recovery = report
            recovery.droppedTornLedgerLine = ledger.droppedTornLine
            if ledger.descriptor < 0 { ledger.close() }
            let state = State(ledger: ledger, nextSequence: ledger.countForRun + 1, lockDescriptor: lockDescriptor)
            logger.info(
                "outbox open",
                metadata: [
                    "outbox": "\(root)", "run": "\(safeRunID)", "ledger_entries": "\(ledger.loadedCount)",
                    "recovered_published": "\(recovery.published.count)", "recovered_discarded": "\(recovery.discarded.count)",
                ])
            return Outbox(root: url, runID: safeRunID, asOf: asOf, options: options, recovery: recovery, logger: logger, state: state)
        } catch {
            releaseLock(lockDescriptor, root: root)
            throw error
        }
    }

    /// The files an interrupted run left in the `tmp/` folders, as `<folder>/<name>`: loading
    /// the ledger finds which of them were committed (see ``recover(root:ledger:logger:)``).
    static func leftovers(root: String) throws -> Set<String> {
        var names: Set<String> = []
        do throws(FileSystem.IOFailure) {
            for folder in OutboxFolder.allCases {
                for name in try FileSystem.listDirectory("\(root)/\(folder.rawValue)/tmp") {
                    names.insert("\(folder.rawValue)/\(name)")
                }
            }
        } catch {
            throw OutboxDiagnostics.io(error, doing: "recovering the outbox")
        }
        return names
    }

    /// Whether a message with this idempotency key was committed, by this or any earlier run.
    public func isAlreadySent(_ key: String) -> Bool {
        mutex.withLock { state.ledger.contains(key) }
    }

    /// Everything the ledger records as sent to one customer, oldest first; empty unless
    /// ``OutboxOptions/keepsEntries`` is on.
    ///
    /// - Parameter customerID: The customer's id.
    /// - Returns: The ledger entries, in commit order.
    public func sent(toCustomer customerID: String) -> [LedgerEntry] {
        mutex.withLock { state.ledger.entries(forCustomer: customerID) }
    }

    /// Everything the ledger of the outbox at `url` records as sent to one customer, oldest
    /// first, read without opening the outbox (no lock, no recovery) and without holding the
    /// rest of the ledger in memory: for `herald explain` and `herald preview`.
    ///
    /// - Returns: The entries; none when the outbox or its ledger does not exist.
    /// - Throws: `DiagnosticError` with `outbox.ledger-corrupt` when one of the customer's lines
    ///   is damaged, `outbox.io-error` when the ledger cannot be read.
    public static func sent(at url: URL, toCustomer customerID: String) throws -> [LedgerEntry] {
        try Ledger.entries(path: url.standardizedFileURL.path + "/ledger.jsonl", forCustomer: customerID)
    }

    /// Every ledger entry, oldest first; empty unless ``OutboxOptions/keepsEntries`` is on.
    public var ledgerEntries: [LedgerEntry] {
        mutex.withLock { state.ledger.entries }
    }

    /// What the ledger records as sent, by customer id, oldest first: every entry loaded at
    /// opening, and those committed since only when ``OutboxOptions/keepsEntries`` is on.
    public var sentMessages: SentLedger {
        mutex.withLock { state.ledger.sent }
    }

    /// Releases the lock and closes the ledger. Further calls to the outbox fail with `outbox.closed`.
    public func close() {
        mutex.withLock { closeLocked() }
    }

    deinit {
        closeLocked()
    }

    func closeLocked() {
        guard !state.isClosed else { return }
        state.isClosed = true
        state.ledger.close()
        if state.filesListDescriptor >= 0 {
            _ = try? FileSystem.close(state.filesListDescriptor, path: "runs")
            state.filesListDescriptor = -1
        }
        if state.rejectsDescriptor >= 0 {
            _ = try? FileSystem.fsync(state.rejectsDescriptor, path: "rejects")
            _ = try? FileSystem.close(state.rejectsDescriptor, path: "rejects")
            state.rejectsDescriptor = -1
        }
        if state.lockDescriptor >= 0 {
            Outbox.releaseLock(state.lockDescriptor, root: root.path)
            state.lockDescriptor = -1
        }
    }

    func ensureOpen() throws {
        if state.isClosed { throw OutboxDiagnostics.closed() }
    }

    var rootPath: String { root.standardizedFileURL.path }
}
