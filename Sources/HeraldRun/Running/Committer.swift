import Dispatch
import Foundation
import HeraldDiagnostics
import HeraldOutbox

/// Commits composed batches to the outbox on one serial thread, in the order they were
/// enqueued, and keeps the run's tallies.
final class Committer: @unchecked Sendable {
    // Safe because `summary`, `commitSeconds` and `list` are only touched on `queue` (or after
    // `drain()`), and `failure` is guarded by `lock`.
    private let outbox: Outbox
    /// The dunning list, when the run keeps one.
    private let list: CSVReportFile?
    private let queue = DispatchQueue(label: "herald.run.commit")
    private let started: DispatchTime
    private let progress: (@Sendable (RunProgress) -> Void)?
    private let lock = NSLock()
    private var storedFailure: DiagnosticError?
    var summary: RunSummary
    /// Seconds spent committing (writing, syncing, publishing), read after `drain()`.
    private(set) var commitSeconds = 0.0

    init(
        outbox: Outbox, list: CSVReportFile?, started: DispatchTime, progress: (@Sendable (RunProgress) -> Void)?
    ) {
        self.outbox = outbox
        self.list = list
        self.started = started
        self.progress = progress
        summary = RunSummary(
            runID: outbox.runID, asOf: outbox.asOf, outbox: outbox.root.path, dryRun: outbox.options.dryRun)
    }

    /// The first fatal error a commit met, if any.
    var failure: DiagnosticError? { lock.withLock { storedFailure } }

    /// Commits `results` on the committer thread, then calls `done`.
    func enqueue(_ results: [RecordResult], bytesRead: Int, bytesTotal: Int, done: @escaping @Sendable () -> Void) {
        queue.async {
            defer { done() }
            guard self.failure == nil else { return }
            let start = DispatchTime.now()
            defer { self.commitSeconds += DunningRun.seconds(since: start) }
            do {
                try self.commit(results)
            } catch let error as DiagnosticError {
                self.lock.withLock { self.storedFailure = error }
            } catch {
                self.lock.withLock { self.storedFailure = DiagnosticError(
                        .error(
                            "run.commit-failed", "cannot write to the outbox: \(FileProblem.describe(error))",
                            help: "check the outbox folder's free space and permissions, then run again: what was committed stays committed")) }
            }
            self.progress?(
                RunProgress(
                    records: self.summary.records, messages: self.summary.messageCount,
                    rejects: self.summary.rejectCount,
                    bytesRead: bytesRead, bytesTotal: bytesTotal, seconds: DunningRun.seconds(since: self.started)))
        }
    }

    /// Waits until every enqueued batch is committed.
    func drain() { queue.sync {} }

    private func commit(_ results: [RecordResult]) throws {
        var items: [OutboxItem] = []
        var routes: [String: (route: RunSummary.Route, covered: CoveredAmount)] = [:]
        // The list's entries in input order; a message's entry with its key, to be listed
        // only if the outbox writes it.
        var listed: [(key: String?, entry: DunningList.Entry)] = []
        var rejects: [RejectRecord] = []
        for result in results {
            summary.records += 1
            switch result.status {
            case .message(let item, let route, let covered, let entry):
                items.append(item)
                routes[item.key] = (route, covered)
                if let entry { listed.append((item.key, entry)) }
            case .nothingDue: summary.nothingDue += 1
            case .alreadySent: summary.alreadySent += 1
            case .held(let reason, let entry):
                summary.heldReasons[reason, default: 0] += 1
                if let entry { listed.append((nil, entry)) }
            case .rejected(let reject):
                rejects.append(reject)
                summary.rejects[reject.code, default: 0] += 1
            }
        }
        if !rejects.isEmpty { try outbox.writeRejects(rejects) }
        let committed = items.isEmpty ? CommitResult() : try outbox.commit(items)
        var files: [String: String] = [:]
        for entry in committed.written {
            if let (route, covered) = routes[entry.key] {
                summary.messages[route, default: 0] += 1
                summary.coveredAmounts[covered.currency, default: 0] += covered.amount
            }
            if list != nil { files[entry.key] = entry.relativePath }
        }
        summary.alreadySent += committed.skippedKeys.count
        summary.handoverFiles += committed.handoverFiles.count
        if let list {
            // A message the outbox did not write (an overlapping run sent it) is not listed; in
            // a dry run no file is written, so the list names none.
            let dryRun = outbox.options.dryRun
            try list.append(
                listed.compactMap { key, entry in
                    guard let key else { return entry.row(dryRun: dryRun, file: nil) }
                    return files[key].map { entry.row(dryRun: dryRun, file: dryRun ? nil : $0) }
                })
        }
    }
}
