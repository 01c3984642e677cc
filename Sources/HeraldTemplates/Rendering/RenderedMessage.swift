/// One rendered part of a message and the file it came from.
public struct RenderedPart: Sendable, Hashable {
    /// The part, such as `.emailHTML`.
    public var part: TemplatePart
    /// The rendered text as UTF-8, as the engine wrote it. A subject is one trimmed line; an
    /// SMS body is trimmed.
    ///
    /// Kept as bytes: a letter goes to the XHTML check and into its file as bytes, and making
    /// a `String` of it first would check every byte as UTF-8 only to turn it back into bytes.
    public var utf8: [UInt8]
    /// The template used, from the project root: `templates/reminder-1/nl/email.xhtml.liquid`.
    public var templatePath: String

    /// The rendered text.
    public var text: String { String(decoding: utf8, as: UTF8.self) }
}

/// Every part of one message, rendered for one channel.
public struct RenderedMessage: Sendable, Hashable {
    /// `email`, `sms` or `letter`.
    public var channel: String
    /// The parts that were rendered, in channel order (an email without `email.txt.liquid`
    /// has no text part).
    public var parts: [RenderedPart]

    /// The text of a part, when it was rendered.
    public subscript(part: TemplatePart) -> String? { parts.first { $0.part == part }?.text }

    /// The UTF-8 bytes of a part, when it was rendered.
    public func utf8(_ part: TemplatePart) -> [UInt8]? { parts.first { $0.part == part }?.utf8 }

    /// The email subject.
    public var subject: String? { self[.subject] }
    /// The email's HTML part.
    public var html: String? { self[.emailHTML] }
    /// The email's plain-text part, when the stage has one.
    public var plainText: String? { self[.emailText] }
    /// The SMS body.
    public var sms: String? { self[.sms] }
    /// The printed letter's XHTML.
    public var letter: String? { self[.letter] }

    /// The templates used, one per part, from the project root.
    public var templatePaths: [String] { parts.map(\.templatePath) }
}
