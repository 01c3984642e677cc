import HeraldChannels
import HeraldDiagnostics
import HeraldModel
import HeraldPolicy
import HeraldTemplates

/// One finished message: the plan it came from, the templates used and the channel bytes the
/// outbox writes.
public struct ComposedMessage: Sendable {
    /// The policy's plan: segment, stage, invoices, channel and idempotency key.
    public var plan: StagePlan
    /// The template data the message was rendered with (`customer`, `invoices`, `totals`, …).
    public var templateData: TemplateData
    /// The templates used, one per rendered part, from the project root
    /// (`templates/reminder-1/nl/email.xhtml.liquid`).
    public var templatePaths: [TemplatePart: String]
    /// The template recorded in the message's audit fields: the body's template (the HTML part
    /// for email, the SMS or letter template otherwise).
    public var auditTemplate: String
    /// The channel output.
    public var body: ChannelBody
    /// The collection-agency row, for a stage with `handover: true`.
    public var handover: HandoverRecord?
    /// Non-fatal findings, such as marketing mail without an unsubscribe URL.
    public var warnings: [Diagnostic]

    /// The channel the message goes out on.
    public var channel: ChannelKind { plan.channel }

    /// The idempotency key (customer, stage and covered invoices).
    public var key: IdempotencyKey { plan.idempotencyKey }

    /// The bytes of the file the outbox writes: the `.eml`, the SMS JSON or the letter XHTML.
    public var bytes: [UInt8] {
        switch body {
        case .email(let email): email.message.bytes
        case .sms(let sms): sms.jsonBytes
        case .letter(let letter): letter.document
        }
    }

    /// The file extension of ``bytes``: `eml`, `json` or `xhtml`.
    public var fileExtension: String {
        switch body {
        case .email: "eml"
        case .sms: "json"
        case .letter: "xhtml"
        }
    }
}

/// The channel-specific output of a message.
public enum ChannelBody: Sendable {
    /// An email: the `.eml` and the rendered parts it was built from.
    case email(ComposedEmail)
    /// An SMS, with its encoding and segment count.
    case sms(SMSMessage)
    /// A printed letter and its print manifest.
    case letter(ComposedLetter)
}

/// An email message and its rendered parts.
public struct ComposedEmail: Sendable {
    /// The finished `.eml` (bytes, Message-ID, SMTPUTF8 flag, plain text as sent).
    public var message: EmailMessage
    /// The rendered subject line.
    public var subject: String
    /// The rendered XHTML body, as validated and sent.
    public var html: String
}

/// A printed letter: the XHTML document and its print manifest.
public struct ComposedLetter: Sendable {
    /// The letter's XHTML 1.0 Strict bytes, as validated and sent.
    public var document: [UInt8]
    /// The print manifest. Its `documentFile` is a provisional name (`<key>.xhtml`) until the
    /// outbox names the file; use ``manifestEntry(documentFile:)`` for the final bytes.
    public var manifest: PrintManifest
    /// The validated manifest XML, without its XML declaration, split around the provisional
    /// file name, so naming the file costs a copy rather than another serialisation (`nil`
    /// when the name was not found once).
    private let manifestParts: (prefix: ArraySlice<UInt8>, suffix: ArraySlice<UInt8>)?

    /// Creates a letter from its document, its manifest and the manifest's XML as validated.
    init(document: [UInt8], manifest: PrintManifest, manifestXML: [UInt8]) {
        self.document = document
        self.manifest = manifest
        let name = Array(">\(manifest.documentFile)<".utf8)
        let starts = manifestXML.offsets(of: name, limit: 2)
        let declaration = PrintManifest.xmlDeclaration.utf8.count
        manifestParts = starts.count == 1 ? starts.first.flatMap { start in
            start >= declaration ? (manifestXML[declaration..<(start + 1)], manifestXML[(start + name.count - 1)...]) : nil
        } : nil
    }

    /// The letter's entry in its batch's print manifest: the manifest for the letter stored
    /// under `documentFile`, without the XML declaration, so it nests in `print-batch`
    /// (``PrintManifest/batchHeader``).
    public func manifestEntry(documentFile: String) -> [UInt8] {
        if let parts = manifestParts, documentFile.utf8.allSatisfy(Self.isPlainNameByte) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(parts.prefix.count + documentFile.utf8.count + parts.suffix.count)
            bytes += parts.prefix
            bytes += documentFile.utf8
            bytes += parts.suffix
            return bytes
        }
        var named = manifest
        named.documentFile = documentFile
        return Array(named.xmlBytes.dropFirst(PrintManifest.xmlDeclaration.utf8.count))
    }

    /// The manifest as a document of its own, for the letter stored under `documentFile`
    /// (what `herald preview` writes).
    public func manifestBytes(documentFile: String) -> [UInt8] {
        Array(PrintManifest.xmlDeclaration.utf8) + manifestEntry(documentFile: documentFile)
    }

    /// Bytes that XML text never escapes and file names may hold: `[A-Za-z0-9._-]`.
    private static func isPlainNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}

/// One row for the collection agency, for a hand-over stage.
public struct HandoverRecord: Sendable, Hashable {
    /// The CSV columns, in order.
    public static let columns = [
        "customer_id", "name", "company", "street", "postal_code", "city", "country", "email", "phone", "locale",
        "segment", "stage", "as_of", "invoice_numbers", "oldest_due_date", "days_overdue", "overdue_amount", "fee",
        "currency", "idempotency_key",
    ]

    /// The values, one per column.
    public var values: [String]
}
