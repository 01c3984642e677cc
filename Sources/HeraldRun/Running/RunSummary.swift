import Foundation
import HeraldOutbox

/// What a dunning run did, for the summary table, the run manifest and the exit status.
public struct RunSummary: Sendable {
    /// One row of the summary table: messages of one segment, stage and channel.
    public struct Route: Sendable, Hashable, Comparable {
        /// The segment id.
        public var segment: String
        /// The stage id.
        public var stage: String
        /// The channel.
        public var channel: String

        /// Orders routes by segment, stage, channel.
        public static func < (lhs: Route, rhs: Route) -> Bool {
            (lhs.segment, lhs.stage, lhs.channel) < (rhs.segment, rhs.stage, rhs.channel)
        }
    }

    /// The run id (as in outbox file names).
    public var runID: String
    /// The as-of date.
    public var asOf: String
    /// The outbox folder.
    public var outbox: String
    /// Whether nothing was written.
    public var dryRun: Bool
    /// Input records read (customers, plus unjoinable invoice rows for CSV).
    public var records = 0
    /// Messages written (or, in a dry run, that would be written), per route.
    public var messages: [Route: Int] = [:]
    /// The open amount those messages cover, per currency: what the run chased.
    public var coveredAmounts: [String: Decimal] = [:]
    /// Customers whose due message the ledger already has: decided as sent before composing,
    /// or (an overlapping run) found in the ledger at commit.
    public var alreadySent = 0
    /// Customers with nothing due today.
    public var nothingDue = 0
    /// Customers deliberately held, per reason code: `dispute-held` (a dispute acknowledged,
    /// reminders held), `on-hold` (`hold_until`), `promised` (a promise to pay).
    public var heldReasons: [String: Int] = [:]
    /// Customers deliberately held, for any reason.
    public var held: Int { heldReasons.values.reduce(0, +) }
    /// Records and messages rejected, per reason code.
    public var rejects: [String: Int] = [:]
    /// Collection-agency hand-over CSV files written.
    public var handoverFiles = 0
    /// Files an interrupted earlier run left, published or discarded on opening.
    public var recovered = RecoveryReport()
    /// The dunning list's path, when the run wrote one (`--list`).
    public var list: String?
    /// Wall-clock seconds from opening the outbox to the manifest.
    public var seconds: Double = 0

    /// Messages written in total.
    public var messageCount: Int { messages.values.reduce(0, +) }
    /// Rejects in total.
    public var rejectCount: Int { rejects.values.reduce(0, +) }
    /// Messages per second of wall-clock time.
    public var messagesPerSecond: Double { seconds > 0 ? Double(messageCount) / seconds : 0 }

    /// The exit status `herald run` ends with: 0 when every record was handled, 3 when some
    /// were rejected (fatal errors, 1, are thrown instead).
    public var exitStatus: Int32 { rejectCount > 0 ? 3 : 0 }
}
