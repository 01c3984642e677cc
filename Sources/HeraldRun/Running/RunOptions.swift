import Foundation
import HeraldModel
import HeraldOutbox

/// What `herald run` is asked to do.
public struct RunOptions: Sendable {
    /// The input: a JSON Lines file (one customer a line, invoices nested) or `customers.csv`.
    public var input: URL
    /// For CSV input, the invoices file; `invoices.csv` next to the customers file when `nil`.
    public var invoices: URL?
    /// The outbox folder.
    public var outbox: URL
    /// The run's date ("today").
    public var asOf: LocalDate
    /// Decide and render everything, write nothing.
    public var dryRun: Bool
    /// Parallel rendering: 1 renders on one thread; more renders on one thread per core.
    public var jobs: Int
    /// Customers per batch: one batch is rendered in parallel, then committed with one flush.
    public var batchSize: Int
    /// How a batch is flushed before it is published.
    public var sync: SyncStrategy
    /// Where to write the dunning list: one CSV row per message and per customer held back
    /// (also in a dry run: the proposal to review before sending); `nil` for none.
    public var list: URL?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - input: The customers file (`.jsonl` or `.csv`).
    ///   - invoices: The invoices file for CSV input.
    ///   - outbox: The outbox folder.
    ///   - asOf: The run's date.
    ///   - dryRun: Write nothing.
    ///   - jobs: Worker threads; the number of active processors by default.
    ///   - batchSize: Customers per batch (1,000 by default).
    ///   - sync: How batches are flushed (`syncfs` of the outbox's filesystem by default).
    ///   - list: Where to write the dunning list; none by default.
    public init(
        input: URL, invoices: URL? = nil, outbox: URL, asOf: LocalDate, dryRun: Bool = false,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 1_000,
        sync: SyncStrategy = .filesystem, list: URL? = nil
    ) {
        self.input = input
        self.invoices = invoices
        self.outbox = outbox
        self.asOf = asOf
        self.dryRun = dryRun
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
        self.sync = sync
        self.list = list
    }

    /// Whether the input is CSV (by its extension).
    public var isCSV: Bool { input.pathExtension.lowercased() == "csv" }

    /// The files the run reads its records from: the input, and for CSV its invoices file.
    public var inputFiles: [URL] { isCSV ? [input, invoicesFile] : [input] }

    /// The invoices file for CSV input.
    public var invoicesFile: URL {
        invoices ?? CustomerRecords.invoicesFile(beside: input)
    }
}
