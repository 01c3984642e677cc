/// The record of one run, written to `runs/<run-id>.json` by ``Outbox/finish(manifest:)``.
public struct RunManifest: Sendable, Hashable, Codable {
    /// Message counts by channel, segment and stage.
    public struct Counts: Sendable, Hashable, Codable {
        /// Messages per channel (`email`, `sms`, `letter`). Filled in by the outbox.
        public var byChannel: [String: Int]
        /// Messages per segment (`reliable`, …). Supplied by the caller.
        public var bySegment: [String: Int]
        /// Messages per stage (`reminder-1`, …). Supplied by the caller.
        public var byStage: [String: Int]

        /// Creates counts.
        public init(byChannel: [String: Int] = [:], bySegment: [String: Int] = [:], byStage: [String: Int] = [:]) {
            self.byChannel = byChannel
            self.bySegment = bySegment
            self.byStage = byStage
        }

        enum CodingKeys: String, CodingKey {
            case byChannel = "by_channel"
            case bySegment = "by_segment"
            case byStage = "by_stage"
        }
    }

    /// The run id as used in file names. Filled in by the outbox.
    public var runID: String
    /// The as-of date (`YYYY-MM-DD`). Filled in by the outbox.
    public var asOf: String
    /// The input file, as the user named it.
    public var input: String
    /// Input records read.
    public var records: Int
    /// Message counts.
    public var counts: Counts
    /// The open amount the messages cover, per currency, as exact decimal text (`"1234.50"`).
    /// Supplied by the caller.
    public var coveredAmounts: [String: String]
    /// Messages not sent because the ledger already had their key. Filled in by the outbox.
    public var alreadySent: Int
    /// Rejected records and messages (lines in `rejects/<run-id>.jsonl`). Filled in by the outbox.
    public var rejects: Int
    /// Seconds spent per phase (`load`, `render`, `write`, `total`, …). Supplied by the caller.
    public var durations: [String: Double]
    /// How many files this run published (messages, print manifests, hand-over CSVs). Filled
    /// in by the outbox.
    public var fileCount: Int
    /// The list of those files, one path relative to the outbox root per line, in publishing
    /// order: `runs/<run-id>.files`; `nil` in a dry run. Filled in by the outbox. (A list in
    /// its own file, appended batch by batch, keeps memory flat over millions of files.)
    public var filesList: String?
    /// Whether this was a dry run (nothing written). Filled in by the outbox.
    public var dryRun: Bool

    /// Creates a manifest; the outbox fills in the fields it knows when the run finishes.
    ///
    /// - Parameters:
    ///   - input: The input file, as the user named it.
    ///   - records: Input records read.
    ///   - counts: Counts by segment and stage (by channel is filled in by the outbox).
    ///   - coveredAmounts: The open amount the messages cover, per currency.
    ///   - durations: Seconds per phase.
    public init(
        input: String, records: Int = 0, counts: Counts = Counts(), coveredAmounts: [String: String] = [:],
        durations: [String: Double] = [:]
    ) {
        self.runID = ""
        self.asOf = ""
        self.input = input
        self.records = records
        self.counts = counts
        self.coveredAmounts = coveredAmounts
        self.alreadySent = 0
        self.rejects = 0
        self.durations = durations
        self.fileCount = 0
        self.filesList = nil
        self.dryRun = false
    }

    enum CodingKeys: String, CodingKey {
        case runID = "run_id"
        case asOf = "as_of"
        case input, records, counts
        case coveredAmounts = "covered_amounts"
        case alreadySent = "already_sent"
        case rejects, durations
        case fileCount = "file_count"
        case filesList = "files_list"
        case dryRun = "dry_run"
    }
}
