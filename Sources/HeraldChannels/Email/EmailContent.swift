/// Everything ``EmailBuilder`` needs for one message: rendered parts in, no templates.
public struct EmailContent: Sendable, Hashable {
    /// The sender; its domain is used for the Message-ID unless ``messageIDDomain`` is set.
    public var from: Mailbox
    /// The recipient.
    public var to: Mailbox
    /// Where replies go, when not to ``from``.
    public var replyTo: Mailbox?
    /// The rendered subject (one line; line breaks become spaces).
    public var subject: String
    /// The rendered XHTML body (already validated by the pipeline).
    public var html: String
    /// The rendered plain-text body, or `nil` to derive it from ``html`` with ``HTMLToText``.
    public var text: String?
    /// When the message is dated, in seconds since 1970 UTC (the run's `asOf`, not the clock).
    public var dateSeconds: Int64
    /// The zone the Date header is written in, in minutes east of UTC.
    public var timeZoneOffsetMinutes: Int
    /// Why the message exists; the idempotency key also seeds the Message-ID and boundaries.
    public var audit: AuditFields
    /// Transactional (dunning) or marketing mail.
    public var kind: EmailKind
    /// The BCP 47 language of the content, written as `Content-Language`.
    public var language: String?
    /// Files attached to the message, such as an invoice PDF.
    public var attachments: [EmailAttachment]
    /// Images the HTML shows through `cid:` URLs.
    public var inlineImages: [InlineImage]
    /// The domain of the `Message-ID` (such as `mail.example.com`), or `nil` for ``from``'s.
    public var messageIDDomain: String?

    /// Creates the content of a message.
    public init(
        from: Mailbox, to: Mailbox, replyTo: Mailbox? = nil, subject: String, html: String, text: String? = nil,
        dateSeconds: Int64, timeZoneOffsetMinutes: Int = 0, audit: AuditFields, kind: EmailKind = .transactional,
        language: String? = nil, attachments: [EmailAttachment] = [], inlineImages: [InlineImage] = [],
        messageIDDomain: String? = nil
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.html = html
        self.text = text
        self.dateSeconds = dateSeconds
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
        self.audit = audit
        self.kind = kind
        self.language = language
        self.attachments = attachments
        self.inlineImages = inlineImages
        self.messageIDDomain = messageIDDomain
    }
}

/// Whether a message is transactional or marketing, which decides its list headers.
public enum EmailKind: Sendable, Hashable {
    /// Dunning and other transactional mail: `Auto-Submitted: auto-generated`, no unsubscribe.
    case transactional
    /// Subscription mail: `List-Unsubscribe` with an HTTPS URL (and an optional mailto),
    /// plus `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
    case marketing(unsubscribeURL: String?, unsubscribeMailto: String? = nil)
}

/// A file attached to a message (`Content-Disposition: attachment`).
public struct EmailAttachment: Sendable, Hashable {
    /// The file name shown to the recipient; non-ASCII names use RFC 2231.
    public var filename: String
    /// The media type, such as `application/pdf`.
    public var contentType: String
    /// The file's bytes.
    public var data: [UInt8]

    /// Creates an attachment.
    public init(filename: String, contentType: String, data: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}

/// An image the HTML part refers to as `cid:<contentID>` (RFC 2392).
public struct InlineImage: Sendable, Hashable {
    /// The Content-ID without angle brackets, such as `logo@example.test`.
    public var contentID: String
    /// The media type, such as `image/png`.
    public var contentType: String
    /// The image's bytes.
    public var data: [UInt8]
    /// An optional file name.
    public var filename: String?

    /// Creates an inline image.
    public init(contentID: String, contentType: String, data: [UInt8], filename: String? = nil) {
        self.contentID = contentID
        self.contentType = contentType
        self.data = data
        self.filename = filename
    }
}
