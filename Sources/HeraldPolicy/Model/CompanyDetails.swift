import HeraldLiquid
import OrderedCollections

/// The sender company as templates see it under `company` (see `docs/templates.md`).
public struct CompanyDetails: Sendable, Hashable {
    /// The field names, in the order of `docs/templates.md`.
    public static let fieldNames = [
        "name", "team", "street", "postal_code", "city", "country", "phone", "email", "website", "iban", "bic",
        "vat_id", "registration", "sms_sender", "logo_url",
    ]

    /// The fields by name; every name in ``fieldNames`` is present (`""` when not set).
    public var fields: OrderedDictionary<String, String> {
        didSet { liquidValue = Self.liquidValue(of: fields) }
    }

    /// The value templates see as `company`, built once rather than for every message.
    public private(set) var liquidValue: LiquidValue

    /// Creates details from `values`; names not given are `""`.
    public init(_ values: [String: String] = [:]) {
        fields = OrderedDictionary(uniqueKeysWithValues: Self.fieldNames.map { ($0, values[$0] ?? "") })
        liquidValue = Self.liquidValue(of: fields)
    }

    /// One field, `""` when not set.
    public subscript(name: String) -> String { fields[name] ?? "" }

    /// The company name.
    public var name: String { self["name"] }

    private static func liquidValue(of fields: OrderedDictionary<String, String>) -> LiquidValue {
        .object(LiquidObject(OrderedDictionary(uniqueKeysWithValues: fields.map { ($0.key, LiquidValue.string($0.value)) })))
    }
}
