/// What every outgoing message records about why it exists, for audits and agents.
///
/// Email writes these as `X-Herald-*` headers, SMS as JSON fields, letters as manifest
/// elements, always with the same names.
public struct AuditFields: Sendable, Hashable, Codable {
    /// The message's idempotency key: the same business fact always gives the same key.
    public var idempotencyKey: String
    /// The customer's id from the input data.
    public var customerID: String
    /// The customer segment (`reliable`, `chronic-late`, …).
    public var segment: String
    /// The workflow stage (`reminder-1`, `final-notice`, …).
    public var stage: String
    /// The template file that was rendered, relative to the project root.
    public var template: String

    /// Creates audit fields.
    public init(idempotencyKey: String, customerID: String, segment: String, stage: String, template: String) {
        self.idempotencyKey = idempotencyKey
        self.customerID = customerID
        self.segment = segment
        self.stage = stage
        self.template = template
    }

    /// The fields as (name, value) pairs in their fixed order, with the snake_case names
    /// used in SMS JSON and print manifests.
    public var namedValues: [(name: String, value: String)] {
        [
            ("idempotency_key", idempotencyKey), ("customer_id", customerID), ("segment", segment),
            ("stage", stage), ("template", template),
        ]
    }
}
