import Foundation

/// A customer's payment behaviour as of a date, derived from their invoices. Segment rules
/// and templates see it as `history.*`.
///
/// Definitions (see `docs/input.md`, "Payment history"):
/// - **late payment**: a paid invoice whose `paid_date` is after its `due_date` and falls in
///   the 12 months up to `asOf` (after `asOf` minus 12 months, on or before `asOf`); and an
///   open invoice more than ``Rules/openLateAfterDays`` days overdue (due within the same 12
///   months), because a customer who simply does not pay is late too. Disputed invoices
///   never count.
/// - **average days late**: the mean days late of those late payments (paid: `paid_date` −
///   `due_date`; open: `asOf` − `due_date`), rounded half-up to one decimal place; 0 without any.
/// - **open total**: the open amount of every open or disputed invoice in the main currency.
/// - **overdue total**: the open amount of open (not disputed) invoices past their due date,
///   in the main currency.
/// - **oldest days overdue**: days past due of the oldest overdue open invoice, or 0.
/// - **currency**: the main currency: the one most invoices use (ties: the first met).
public struct PaymentHistory: Sendable, Hashable {
    /// Tunable parts of the definitions.
    public struct Rules: Sendable, Hashable {
        /// An open invoice more than this many days overdue counts as a late payment.
        ///
        /// Keep it past the last reminder of the gentler workflows: until then, the invoice
        /// being chased should not move its customer to another segment.
        public var openLateAfterDays: Int
        /// How many months back late payments count.
        public var lookbackMonths: Int

        /// Creates rules; the defaults are 60 days and 12 months.
        public init(openLateAfterDays: Int = 60, lookbackMonths: Int = 12) {
            self.openLateAfterDays = openLateAfterDays
            self.lookbackMonths = lookbackMonths
        }
    }

    /// The date the figures are computed for.
    public var asOf: LocalDate
    /// Late payments in the last 12 months (see the type's definition).
    public var latePayments12m: Int
    /// Mean days late of those payments, one decimal place.
    public var averageDaysLate: Decimal
    /// Open amount of open and disputed invoices, in ``currency``.
    public var openTotal: Decimal
    /// Open amount of overdue, undisputed invoices, in ``currency``.
    public var overdueTotal: Decimal
    /// Days past due of the oldest overdue open invoice; 0 when none is overdue.
    public var oldestDaysOverdue: Int
    /// All invoices of the customer.
    public var invoiceCount: Int
    /// Invoices with status `disputed`.
    public var disputedCount: Int
    /// The main currency (ISO 4217), or `""` for a customer without invoices.
    public var currency: String
    /// Invoices left out of the totals because they are in another currency.
    public var otherCurrencyCount: Int

    /// Creates figures directly (for tests and previews).
    public init(
        asOf: LocalDate, latePayments12m: Int = 0, averageDaysLate: Decimal = 0, openTotal: Decimal = 0,
        overdueTotal: Decimal = 0, oldestDaysOverdue: Int = 0, invoiceCount: Int = 0, disputedCount: Int = 0,
        currency: String = "", otherCurrencyCount: Int = 0
    ) {
        self.asOf = asOf
        self.latePayments12m = latePayments12m
        self.averageDaysLate = averageDaysLate
        self.openTotal = openTotal
        self.overdueTotal = overdueTotal
        self.oldestDaysOverdue = oldestDaysOverdue
        self.invoiceCount = invoiceCount
        self.disputedCount = disputedCount
        self.currency = currency
        self.otherCurrencyCount = otherCurrencyCount
    }

    /// Derives the figures from `invoices` as of `asOf`.
    public init(invoices: [Invoice], asOf: LocalDate, rules: Rules = Rules()) {
        self.init(asOf: asOf)
        invoiceCount = invoices.count
        currency = Self.mainCurrency(of: invoices)
        let windowStart = asOf.adding(months: -rules.lookbackMonths)
        var lateDays: [Int] = []
        for invoice in invoices {
            if invoice.status == .disputed { disputedCount += 1 }
            let overdueDays = invoice.daysOverdue(asOf: asOf)
            switch invoice.status {
            case .paid:
                if let paid = invoice.paidDate, paid > invoice.dueDate, paid > windowStart, paid <= asOf {
                    lateDays.append(paid.days(since: invoice.dueDate))
                }
            case .open where invoice.openAmount > 0:
                if overdueDays > rules.openLateAfterDays, invoice.dueDate > windowStart {
                    lateDays.append(overdueDays)
                }
            case .open, .disputed:
                break
            }
            guard invoice.currency == currency else {
                otherCurrencyCount += 1
                continue
            }
            if invoice.status != .paid { openTotal += invoice.openAmount }
            if invoice.isDunnable, overdueDays > 0 {
                overdueTotal += invoice.openAmount
                oldestDaysOverdue = max(oldestDaysOverdue, overdueDays)
            }
        }
        latePayments12m = lateDays.count
        if !lateDays.isEmpty {
            averageDaysLate = Self.meanInTenths(lateDays)
        }
    }

    /// The mean of positive day counts, rounded half up to one decimal place.
    ///
    /// Integer arithmetic gives the same value, in the same compact form, as rounding a
    /// `Decimal` quotient, whose division cost about 1% of a run's CPU time.
    private static func meanInTenths(_ days: [Int]) -> Decimal {
        let tenths = (days.reduce(0, +) * 20 + days.count) / (days.count * 2)
        return tenths % 10 == 0
            ? Decimal(tenths / 10) : Decimal(sign: .plus, exponent: -1, significand: Decimal(tenths))
    }

    /// The currency most invoices use; ties go to the one met first.
    static func mainCurrency(of invoices: [Invoice]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for invoice in invoices {
            if counts[invoice.currency] == nil { order.append(invoice.currency) }
            counts[invoice.currency, default: 0] += 1
        }
        var best = ""
        var bestCount = 0
        for code in order where (counts[code] ?? 0) > bestCount {
            best = code
            bestCount = counts[code] ?? 0
        }
        return best
    }
}
