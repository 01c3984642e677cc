import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import HeraldPolicy

/// Moves the ledger lines that can no longer matter out of the ledger, so that a run, which
/// loads the whole ledger, stays small however many days the outbox has served.
///
/// A line matters while any invoice it covers is open or disputed in the current input: runs
/// use it to tell which stages were sent (``SentIndex``) and never to send the same message
/// twice. A line is archived when:
/// - it was sent at least `olderThanDays` days before the as-of date, and
/// - none of its invoices is open or disputed for its customer in the input (a customer
///   missing from the input has none), and
/// - its customer's record, when one is in the input, could be read.
///
/// Archived lines move byte for byte to `ledger-archive/<as-of>.jsonl` in the outbox
/// (``Outbox/archiveLedger(at:name:dryRun:archives:)``).
public enum LedgerArchiving {
    /// What to archive, from where.
    public struct Options: Sendable {
        /// The current customers with their invoices (JSON Lines, or customers CSV).
        public var input: URL
        /// The invoices file for CSV input; `invoices.csv` beside `input` by default.
        public var invoices: URL?
        /// The outbox whose ledger is archived.
        public var outbox: URL
        /// The day of the archiving; the age of a line is counted back from it.
        public var asOf: LocalDate
        /// Lines sent fewer days than this before `asOf` stay.
        public var olderThanDays: Int
        /// Count only; change nothing.
        public var dryRun: Bool

        /// Creates options.
        public init(input: URL, invoices: URL? = nil, outbox: URL, asOf: LocalDate, olderThanDays: Int, dryRun: Bool) {
            self.input = input
            self.invoices = invoices
            self.outbox = outbox
            self.asOf = asOf
            self.olderThanDays = olderThanDays
            self.dryRun = dryRun
        }

        /// The last day a line may have been sent on to be archived.
        public var cutoff: LocalDate { asOf.adding(days: -olderThanDays) }
    }

    /// What an archiving did, with the reasons lines stayed.
    public struct Summary: Sendable, Hashable {
        /// Lines moved (or, on a dry run, that would move) and the archive file.
        public var report: LedgerArchiveReport
        /// Lines kept because an invoice they cover is still open or disputed.
        public var keptOpen = 0
        /// Lines kept because they were sent after the cutoff.
        public var keptRecent = 0
        /// Lines kept because their customer's record in the input could not be read.
        public var keptUnreadable = 0
        /// Input records that could not be read.
        public var unreadableRecords = 0
        /// Of those, records without a readable customer id: their customers' lines may be
        /// archived although an invoice is still open.
        public var unreadableWithoutID = 0
    }

    /// Archives the ledger of `options.outbox`.
    ///
    /// - Throws: `DiagnosticError`: `run.unreadable-input` when the input cannot be read, and
    ///   the outbox's errors (see ``Outbox/archiveLedger(at:name:dryRun:archives:)``). Nothing
    ///   changes then.
    public static func execute(_ options: Options) throws -> Summary {
        let current = try currentInvoices(options)
        let cutoff = options.cutoff
        var kept = (open: 0, recent: 0, unreadable: 0)
        let report = try Outbox.archiveLedger(at: options.outbox, name: options.asOf.iso, dryRun: options.dryRun) { entry in
            // A date Herald cannot read proves nothing about age: keep the line.
            guard let sent = LocalDate(iso: entry.asOf), sent <= cutoff else {
                kept.recent += 1
                return false
            }
            if current.unreadableCustomers.contains(entry.customerID) {
                kept.unreadable += 1
                return false
            }
            if entry.invoices.contains(where: { current.contains(customer: entry.customerID, invoice: $0) }) {
                kept.open += 1
                return false
            }
            return true
        }
        return Summary(
            report: report, keptOpen: kept.open, keptRecent: kept.recent, keptUnreadable: kept.unreadable,
            unreadableRecords: current.unreadableRecords, unreadableWithoutID: current.unreadableWithoutID)
    }

    /// The open and disputed invoices of the input, by customer, hashed: a collision can only
    /// keep a line that could have gone.
    struct CurrentInvoices {
        private var hashes: Set<Int> = []
        var unreadableCustomers: Set<String> = []
        var unreadableRecords = 0
        var unreadableWithoutID = 0

        mutating func insert(customer: String, invoice: String) { hashes.insert(Self.hash(customer, invoice)) }

        func contains(customer: String, invoice: String) -> Bool { hashes.contains(Self.hash(customer, invoice)) }

        private static func hash(_ customer: String, _ invoice: String) -> Int {
            var hasher = Hasher()
            hasher.combine(customer)
            hasher.combine(invoice)
            return hasher.finalize()
        }
    }

    static func currentInvoices(_ options: Options) throws -> CurrentInvoices {
        var current = CurrentInvoices()
        do {
            let next = try CustomerRecords.open(options.input, invoices: options.invoices)
            while let record = try next() {
                switch record {
                case .success(let customer):
                    for number in Policy.currentInvoiceNumbers(of: customer) {
                        current.insert(customer: customer.id, invoice: number)
                    }
                case .failure(let reject):
                    current.unreadableRecords += 1
                    if let id = reject.customerID {
                        current.unreadableCustomers.insert(id)
                    } else {
                        current.unreadableWithoutID += 1
                    }
                }
            }
        } catch let problem as CSVHeaderProblem {
            let invoices = options.invoices ?? CustomerRecords.invoicesFile(beside: options.input)
            throw DiagnosticError(
                problem.diagnostic(code: "run.csv-header", customersPath: options.input.path, invoicesPath: invoices.path))
        } catch {
            throw DiagnosticError(
                .error(
                    "run.unreadable-input", "cannot read the input '\(options.input.path)': \(FileProblem.describe(error))",
                    help: "pass the current customers file with --input: archiving keeps the lines of invoices it lists as open"))
        }
        return current
    }
}
