import Dispatch
import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import Logging

/// The dunning run: reads customers, composes every due message on all cores and commits
/// them to the outbox in input order, so the same input always gives the same outbox.
///
/// The input is read in batches. A batch is composed in parallel (in chunks, on one thread per
/// core; `jobs: 1` composes on the calling thread), then handed to one committer thread, which writes it into the outbox (one flush per batch)
/// while the workers compose the next one. At most two batches are in flight, so memory stays
/// flat however large the input is.
///
/// ```swift
/// let summary = try DunningRun.execute(context: context, options: options, logger: logger)
/// exit(summary.exitStatus)   // 0, or 3 when some records were rejected
/// ```
public enum DunningRun {
    /// Runs the job.
    ///
    /// - Parameters:
    ///   - context: The project, loaded once.
    ///   - options: Input, outbox, date, dry run, parallelism.
    ///   - logger: Where the run and the outbox log (info and below).
    ///   - progress: Called on the committer thread after every batch.
    /// - Returns: What the run did.
    /// - Throws: `DiagnosticError` on a fatal error: the input cannot be read, the outbox is
    ///   locked by another run or cannot be written. Messages committed before the error
    ///   stay committed; rerunning finishes the job.
    public static func execute(
        context: RunContext, options: RunOptions, logger: Logger, progress: (@Sendable (RunProgress) -> Void)? = nil
    ) throws -> RunSummary {
        let started = DispatchTime.now()
        if let list = options.list { try checkListPath(list, options: options) }
        var feed: RecordFeed
        do {
            feed = try RecordFeed(options: options)
        } catch let problem as CSVHeaderProblem {
            throw DiagnosticError(
                problem.diagnostic(
                    code: "run.csv-header", customersPath: options.input.path, invoicesPath: options.invoicesFile.path))
        } catch {
            throw DiagnosticError(
                .error(
                    "run.unreadable-input",
                    "cannot read the input '\(options.input.path)': \(FileProblem.describe(error))",
                    help: "pass an existing JSON Lines or CSV file with --input"))
        }
        let runID = RunIdentity.make(asOf: options.asOf, input: options.input, outbox: options.outbox)
        let outbox = try Outbox.open(
            at: options.outbox, runID: runID, asOf: options.asOf.iso,
            options: OutboxOptions(dryRun: options.dryRun, sync: options.sync, keepsEntries: false),
            logger: logger)
        defer { outbox.close() }
        let list = try options.list.map { try CSVReportFile(path: $0.path, columns: DunningList.columns) }
        let processor = RecordProcessor(
            composer: MessageComposer(context: context), asOf: options.asOf,
            sent: SentIndex(sent: outbox.sentMessages), buildsList: list != nil)
        let committer = Committer(outbox: outbox, list: list, started: started, progress: progress)
        committer.summary.recovered = outbox.recovery
        committer.summary.runID = outbox.runID

        let inFlight = DispatchSemaphore(value: 2)
        let loadSeconds = Self.seconds(since: started)
        var readFailure: DiagnosticError?
        var composeSeconds = 0.0
        var waitSeconds = 0.0
        while committer.failure == nil {
            let batch: [RawRecord]
            do {
                batch = try feed.nextBatch(options.batchSize)
            } catch {
                readFailure = DiagnosticError(
                    .error(
                        "run.unreadable-input",
                        "reading '\(options.input.path)' failed: \(FileProblem.describe(error))",
                        help: "what was committed stays committed; fix the input and run again to send the rest"))
                break
            }
            if batch.isEmpty { break }
            let composeStart = DispatchTime.now()
            let results = compose(batch, with: processor, jobs: options.jobs)
            let waitStart = DispatchTime.now()
            composeSeconds += seconds(between: composeStart, and: waitStart)
            inFlight.wait()
            waitSeconds += seconds(since: waitStart)
            committer.enqueue(results, bytesRead: feed.bytesRead, bytesTotal: feed.bytesTotal) { inFlight.signal() }
        }
        committer.drain()
        if let failure = committer.failure ?? readFailure { throw failure }

        var summary = committer.summary
        summary.seconds = Self.seconds(since: started)
        var counts = RunManifest.Counts()
        for (route, count) in summary.messages {
            counts.bySegment[route.segment, default: 0] += count
            counts.byStage[route.stage, default: 0] += count
        }
        let manifest = try outbox.finish(
            manifest: RunManifest(
                input: options.input.lastPathComponent, records: summary.records, counts: counts,
                coveredAmounts: summary.coveredAmounts.mapValues { DecimalText.format($0, minimumFractionDigits: 2) },
                durations: [
                    "load": loadSeconds, "compose": composeSeconds, "wait_for_commit": waitSeconds,
                    "commit": committer.commitSeconds, "total": summary.seconds,
                ]))
        summary.runID = manifest.runID
        try list?.finish()
        summary.list = options.list?.relativePath
        return summary
    }

    /// Composes a batch; results come back in input order.
    ///
    /// With more than one job the batch is cut into chunks (up to ``maximumChunkSize`` records) that
    /// Dispatch hands to its worker threads (one per core) as they become free, so a thread
    /// the machine slows down never leaves the others waiting for its share.
    static func compose(_ batch: [RawRecord], with processor: RecordProcessor, jobs: Int) -> [RecordResult] {
        guard jobs > 1, batch.count > 1 else { return batch.map(processor.process) }
        let slots = ResultSlots(count: batch.count)
        let chunkSize = max(1, min(maximumChunkSize, batch.count / 8))
        let chunks = (batch.count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            for index in start..<min(start + chunkSize, batch.count) {
                slots.store(processor.process(batch[index]), at: index)
            }
        }
        return slots.results()
    }

    /// Refuses a dunning-list path that would replace the run's input, or that lies in one of the
    /// outbox's channel folders, where a delivery agent would take it for a message.
    static func checkListPath(_ list: URL, options: RunOptions) throws(DiagnosticError) {
        let path = resolved(list)
        if options.inputFiles.contains(where: { resolved($0) == path }) {
            throw DiagnosticError(
                .error(
                    "run.list-overwrites-input", "--list '\(list.relativePath)' is the run's input: the list would replace it",
                    help: "write the dunning list to another file, such as dunning-list.csv"))
        }
        let outbox = resolved(options.outbox)
        if let folder = OutboxFolder.allCases.first(where: { path.hasPrefix("\(outbox)/\($0.rawValue)/") }) {
            throw DiagnosticError(
                .error(
                    "run.list-in-outbox",
                    "--list '\(list.relativePath)' is inside the outbox's \(folder.rawValue)/ folder, where delivery agents pick up files",
                    help: "write the dunning list outside the outbox's channel folders, such as dunning-list.csv"))
        }
    }

    /// A path with `..` and symbolic links resolved, so two names of one file compare equal.
    static func resolved(_ url: URL) -> String { url.standardizedFileURL.resolvingSymlinksInPath().path }

    /// The most records per unit of parallel work.
    static let maximumChunkSize = 16

    static func seconds(since start: DispatchTime) -> Double { seconds(between: start, and: DispatchTime.now()) }

    static func seconds(between start: DispatchTime, and end: DispatchTime) -> Double {
        Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// Per-batch result storage the workers fill in parallel.
final class ResultSlots: @unchecked Sendable {
    // Safe because each index is written by exactly one worker (each chunk of indices goes to
    // one iteration) and the slots are read only after `concurrentPerform` has returned.
    private var slots: [RecordResult?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: RecordResult, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = result }
    }

    func results() -> [RecordResult] { slots.compactMap { $0 } }
}
