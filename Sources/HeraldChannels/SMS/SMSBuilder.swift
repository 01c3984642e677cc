import HeraldDiagnostics

/// Turns a rendered SMS body into an ``SMSMessage``, or explains why it cannot be sent.
///
/// ```swift
/// let builder = SMSBuilder(options: SMSOptions(maximumSegments: 2))
/// let sms = try builder.build(id: "m-1", to: "+491701234567", from: "AutohausAG",
///                             body: rendered, audit: audit)
/// outbox.write(sms.jsonBytes)
/// ```
public struct SMSBuilder: Sendable {
    /// The rules this builder applies.
    public var options: SMSOptions

    /// Creates a builder.
    public init(options: SMSOptions = SMSOptions()) { self.options = options }

    /// Checks the addresses, transliterates (when on), measures and limits the body.
    ///
    /// Diagnostics name the customer and the field, never the phone number itself.
    ///
    /// - Parameters:
    ///   - id: The message id.
    ///   - to: The recipient number; must be E.164.
    ///   - from: The sender ID.
    ///   - body: The rendered body.
    ///   - audit: Why the message exists.
    ///   - location: The template the body was rendered from, for diagnostics.
    /// - Throws: `DiagnosticError` with every problem found (`sms.invalid-recipient`,
    ///   `sms.invalid-sender`, `sms.empty-body`, `sms.too-many-segments`).
    public func build(
        id: String, to: String, from: String, body: String, audit: AuditFields,
        location: SourceLocation? = nil
    ) throws(DiagnosticError) -> SMSMessage {
        var problems: [Diagnostic] = []
        if let reason = SMSAddress.e164Problem(to) {
            problems.append(.error(
                "sms.invalid-recipient",
                "customer '\(audit.customerID)': the phone number is not a valid E.164 number: \(reason)",
                help: "store the number as '+', country code and subscriber number, e.g. +491701234567"))
        }
        if let reason = SMSAddress.senderProblem(from) {
            problems.append(.error(
                "sms.invalid-sender", "the SMS sender ID '\(from)' is not usable: \(reason)",
                help: "set company.sms_sender in herald.yaml to at most 11 letters/digits or an E.164 number"))
        }
        let text = options.transliterates ? SMSTransliterator.transliterate(body) : body
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            problems.append(.error(
                "sms.empty-body", "the SMS body for customer '\(audit.customerID)' is empty", at: location,
                help: "check that the template writes text for this stage and locale"))
        }
        let measure = SMSSegmentation(body: trimmed)
        if measure.segments > options.maximumSegments {
            problems.append(tooLong(measure, location: location))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return SMSMessage(
            id: id, to: to, from: from, body: trimmed, segmentation: measure,
            wasTransliterated: trimmed != body.trimmingWhitespace, audit: audit)
    }

    private func tooLong(_ measure: SMSSegmentation, location: SourceLocation?) -> Diagnostic {
        let unit = measure.encoding == .gsm7 ? "septets" : "UTF-16 units"
        var message = "the SMS needs \(measure.segments) segments (\(measure.encoding.rawValue), "
            + "\(measure.units) \(unit)), more than the maximum of \(options.maximumSegments)"
        var help = "shorten the template or raise the SMS segment limit"
        if !measure.nonGSMCharacters.isEmpty {
            let list = measure.nonGSMCharacters.map { "'\($0)' (\(codePoints($0)))" }.joined(separator: ", ")
            message += "; UCS-2 was forced by \(list)"
            help = "replace \(list) with GSM-7 characters"
                + (options.transliterates ? "" : " or turn transliteration on") + ", or shorten the template"
        }
        return .error("sms.too-many-segments", message, at: location, help: help)
    }

    private func codePoints(_ character: Character) -> String {
        character.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " ")
    }
}
