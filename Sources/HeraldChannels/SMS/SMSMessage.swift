/// One SMS ready for the outbox: the final body, its addresses, encoding and audit fields.
public struct SMSMessage: Sendable, Hashable {
    /// The message id (the outbox uses it for the file name).
    public var id: String
    /// The recipient, in E.164.
    public var to: String
    /// The sender ID (alphanumeric or numeric).
    public var from: String
    /// The body as it is sent (after transliteration, when that is on).
    public var body: String
    /// The encoding, segment count and character count of ``body``.
    public var segmentation: SMSSegmentation
    /// Whether transliteration changed the rendered text.
    public var wasTransliterated: Bool
    /// Why the message exists.
    public var audit: AuditFields
}
