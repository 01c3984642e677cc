/// One file a message is rendered from: the email subject, its HTML and text parts, the SMS
/// body or the printed letter.
public enum TemplatePart: String, Sendable, Hashable, CaseIterable, Comparable {
    /// `subject.txt.liquid`: the email subject, one line.
    case subject = "subject.txt"
    /// `email.xhtml.liquid`: the HTML part of the email (XHTML 1.0 Transitional).
    case emailHTML = "email.xhtml"
    /// `email.txt.liquid`: the plain-text part of the email; optional.
    case emailText = "email.txt"
    /// `sms.txt.liquid`: the SMS body.
    case sms = "sms.txt"
    /// `letter.xhtml.liquid`: the printed letter (XHTML 1.0 Strict).
    case letter = "letter.xhtml"

    /// The file name in a stage folder, such as `email.xhtml.liquid`.
    public var fileName: String { rawValue + ".liquid" }

    /// The output type, the second-last extension (`xhtml`, `txt`), which decides escaping.
    public var outputType: String { String(rawValue.split(separator: ".").last ?? "") }

    /// Whether outputs are escaped for XML: true for `.xhtml` and `.xml` files.
    public var escapesXML: Bool { outputType == "xhtml" || outputType == "xml" }

    /// Whether a channel can do without this part (only the plain-text email part).
    public var isOptional: Bool { self == .emailText }

    /// The parts a channel renders, in order.
    ///
    /// - Parameter channel: `email`, `sms` or `letter`.
    /// - Returns: The parts, or an empty list for an unknown channel.
    public static func parts(forChannel channel: String) -> [TemplatePart] {
        switch channel {
        case "email": [.subject, .emailHTML, .emailText]
        case "sms": [.sms]
        case "letter": [.letter]
        default: []
        }
    }

    /// The channels Herald sends on.
    public static let channels = ["email", "sms", "letter"]

    /// Orders parts as channels list them.
    public static func < (lhs: TemplatePart, rhs: TemplatePart) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
