import Foundation
import HeraldLiquid
import OrderedCollections

/// One invoice of a customer, as read from the input.
public struct Invoice: Sendable, Hashable {
    /// The invoice number, unique per customer, such as `INV-202600005`.
    public var number: String
    /// When the invoice was issued, when known.
    public var issueDate: LocalDate?
    /// When payment was due.
    public var dueDate: LocalDate
    /// The invoiced amount.
    public var amount: Decimal
    /// What is still to be paid (0 for a paid invoice).
    public var openAmount: Decimal
    /// The ISO 4217 currency code, upper case, such as `EUR`.
    public var currency: String
    /// Open, disputed or paid.
    public var status: InvoiceStatus
    /// When it was paid in full; set exactly when `status` is `.paid`.
    public var paidDate: LocalDate?
    /// What was invoiced ("Brake pads front axle"), or `""`.
    public var description: String
    /// The day the customer promised to pay by: the invoice is not dunned through that day,
    /// and is again after it if still unpaid; `nil` for no promise.
    public var promisedDate: LocalDate?
    /// Every other field of the input record, unchanged, for templates.
    public var extra: OrderedDictionary<String, LiquidValue>

    /// Creates an invoice.
    public init(
        number: String, issueDate: LocalDate? = nil, dueDate: LocalDate, amount: Decimal, openAmount: Decimal? = nil,
        currency: String, status: InvoiceStatus = .open, paidDate: LocalDate? = nil, description: String = "",
        promisedDate: LocalDate? = nil, extra: OrderedDictionary<String, LiquidValue> = [:]
    ) {
        self.number = number
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.amount = amount
        self.openAmount = openAmount ?? (status == .paid ? 0 : amount)
        self.currency = currency
        self.status = status
        self.paidDate = paidDate
        self.description = description
        self.promisedDate = promisedDate
        self.extra = extra
    }

    /// Whole days past the due date on `asOf` (negative before it).
    public func daysOverdue(asOf: LocalDate) -> Int { asOf.days(since: dueDate) }

    /// Whether the invoice can be dunned: open (not disputed, not paid) with something left to pay.
    public var isDunnable: Bool { status == .open && openAmount > 0 }

    /// Whether a promise to pay covers the invoice on `asOf` (through ``promisedDate``, inclusive).
    public func isPromised(asOf: LocalDate) -> Bool { promisedDate.map { asOf <= $0 } ?? false }

    /// The field names the model reads itself; everything else lands in ``extra``.
    public static let knownFields: [String] = [
        "invoice_number", "issue_date", "due_date", "amount", "open_amount", "currency", "status", "paid_date",
        "description", "promised_date",
    ]
}
