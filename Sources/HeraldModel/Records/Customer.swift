import HeraldDiagnostics
import HeraldLiquid
import OrderedCollections

/// One customer with their invoices, as read from one input record.
public struct Customer: Sendable, Hashable {
    /// The customer's id, such as `C0000042`; never empty.
    public var id: String
    /// Given name, or `""`.
    public var givenName: String
    /// Family name, or `""`.
    public var familyName: String
    /// Salutation such as `Mrs`, or `""`.
    public var salutation: String
    /// Company name for business customers, or `""`.
    public var company: String
    /// BCP 47 language tag, such as `nl-NL`.
    public var locale: String
    /// The channel the customer asked for.
    public var preferredChannel: ChannelKind
    /// Email address as given (validity is checked when a channel is chosen), or `""`.
    public var email: String
    /// Phone number as given, E.164 expected, or `""`.
    public var phone: String
    /// Street and number, or `""`.
    public var street: String
    /// Postal code, or `""`.
    public var postalCode: String
    /// City, or `""`.
    public var city: String
    /// ISO 3166-1 alpha-2 country code, upper case, or `""`.
    public var country: String
    /// A segment id given in the data; it overrides the policy's segment rules.
    public var segment: String?
    /// Herald sends this customer nothing through this day (a payment plan, a conversation
    /// with sales, a legal matter); `nil` for no hold.
    public var holdUntil: LocalDate?
    /// Why the customer is on hold, for `herald explain`, or `""`.
    public var holdReason: String
    /// The invoices, in input order.
    public var invoices: [Invoice]
    /// Every other field of the input record, unchanged (`vehicle`, `payment_link`, …).
    public var extra: OrderedDictionary<String, LiquidValue>

    /// Creates a customer.
    public init(
        id: String, givenName: String = "", familyName: String = "", salutation: String = "", company: String = "",
        locale: String, preferredChannel: ChannelKind, email: String = "", phone: String = "", street: String = "",
        postalCode: String = "", city: String = "", country: String = "", segment: String? = nil,
        holdUntil: LocalDate? = nil, holdReason: String = "", invoices: [Invoice] = [],
        extra: OrderedDictionary<String, LiquidValue> = [:]
    ) {
        self.id = id
        self.givenName = givenName
        self.familyName = familyName
        self.salutation = salutation
        self.company = company
        self.locale = locale
        self.preferredChannel = preferredChannel
        self.email = email
        self.phone = phone
        self.street = street
        self.postalCode = postalCode
        self.city = city
        self.country = country
        self.segment = segment
        self.holdUntil = holdUntil
        self.holdReason = holdReason
        self.invoices = invoices
        self.extra = extra
    }

    /// `salutation given_name family_name` trimmed, or the company when there is no name.
    public var displayName: String {
        let name = [salutation, givenName, familyName].filter { !$0.trimmingWhitespace.isEmpty }
            .map { String($0.trimmingWhitespace) }.joined(separator: " ")
        if givenName.trimmingWhitespace.isEmpty && familyName.trimmingWhitespace.isEmpty {
            let company = String(company.trimmingWhitespace)
            return company.isEmpty ? name : company
        }
        return name
    }

    /// The field names the model reads itself; everything else lands in ``extra``.
    public static let knownFields: [String] = [
        "customer_id", "given_name", "family_name", "salutation", "company", "locale", "preferred_channel", "email",
        "phone", "street", "postal_code", "city", "country", "segment", "hold_until", "hold_reason", "invoices",
    ]

    /// Whether the customer is on hold on `asOf` (through ``holdUntil``, inclusive).
    public func isOnHold(asOf: LocalDate) -> Bool { holdUntil.map { asOf <= $0 } ?? false }
}
