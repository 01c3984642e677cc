import HeraldDiagnostics

/// Builds RFC 5322 / MIME `.eml` files that an MTA accepts unchanged.
///
/// The tree is `multipart/mixed` (only with attachments) around `multipart/alternative`
/// (text/plain first, then text/html, or `multipart/related` with the HTML as root when
/// there are inline images). Text parts are UTF-8 quoted-printable, binaries base64, all
/// lines end in CRLF and stay within 76 characters (headers 78). Message-ID and boundaries
/// derive from the idempotency key, so a rerun writes the same bytes.
///
/// ```swift
/// let eml = try EmailBuilder().build(content)
/// outbox.write(eml.bytes, flaggedSMTPUTF8: eml.requiresSMTPUTF8)
/// ```
public struct EmailBuilder: Sendable {
    /// How non-ASCII addresses are handled.
    public var options: EmailOptions

    /// Creates a builder.
    public init(options: EmailOptions = EmailOptions()) { self.options = options }

    /// Builds the message.
    ///
    /// - Throws: `DiagnosticError` with every problem found: `email.invalid-address`,
    ///   `email.smtputf8-required`, `email.unsubscribe-not-https`, `email.dangling-cid`,
    ///   `email.invalid-content-type`, `email.line-too-long`.
    public func build(_ content: EmailContent) throws(DiagnosticError) -> EmailMessage {
        var problems = checkAddresses(content)
        var warnings: [Diagnostic] = []
        let listHeaders = listHeaders(content.kind, problems: &problems, warnings: &warnings)
        problems += checkParts(content)
        guard problems.isEmpty else { throw DiagnosticError(problems) }

        let smtpUTF8 = [content.from, content.to, content.replyTo].contains { $0?.requiresSMTPUTF8 == true }
        let domain = content.messageIDDomain.flatMap { $0.isEmpty ? nil : $0 } ?? content.from.domain
        let messageID = Self.messageID(key: content.audit.idempotencyKey, domain: domain)
        let text = content.text ?? HTMLToText.convert(content.html)
        var headers = [
            "Date: \(RFC5322Date.format(secondsSince1970: content.dateSeconds, offsetMinutes: content.timeZoneOffsetMinutes))\r\n",
            HeaderField.mailbox("From", content.from), HeaderField.mailbox("To", content.to),
        ]
        if let replyTo = content.replyTo { headers.append(HeaderField.mailbox("Reply-To", replyTo)) }
        headers.append(HeaderField.unstructured("Subject", content.subject))
        headers.append("Message-ID: \(messageID)\r\n")
        headers.append("MIME-Version: 1.0\r\n")
        if let language = content.language { headers.append(HeaderField.unstructured("Content-Language", language)) }
        headers += listHeaders
        let audit = content.audit
        headers.append(HeaderField.unstructured("X-Herald-Idempotency-Key", audit.idempotencyKey))
        headers.append(HeaderField.unstructured("X-Herald-Customer", audit.customerID))
        headers.append(HeaderField.unstructured("X-Herald-Segment", audit.segment))
        headers.append(HeaderField.unstructured("X-Herald-Stage", audit.stage))
        headers.append(HeaderField.unstructured("X-Herald-Template", audit.template))
        if smtpUTF8 { headers.append("X-Herald-SMTPUTF8: yes\r\n") }

        let root = Self.tree(content, text: text)
        let (rootHeaders, body) = root.serialized(seed: messageID)
        let bytes = Array((headers.joined() + rootHeaders + "\r\n").utf8) + body
        if let line = Self.firstLongLine(bytes) {
            throw DiagnosticError(.error(
                "email.line-too-long", "line \(line) of the message for customer '\(audit.customerID)' exceeds 998 octets",
                help: "shorten the header value (a display name or audit field) that is too long"))
        }
        return EmailMessage(
            bytes: bytes, messageID: messageID, requiresSMTPUTF8: smtpUTF8, plainText: text, warnings: warnings)
    }

    /// `<key@domain>`: the idempotency key itself when it is a short dot-atom, otherwise
    /// `h` + 32 hex digits of its SHA-256; the domain is the sender's (lower-cased).
    public static func messageID(key: String, domain: String) -> String {
        let isDotAtom = !key.isEmpty && key.utf8.count <= 64 && key.utf8.allSatisfy { dotAtomBytes.contains($0) }
            && !key.hasPrefix(".") && !key.hasSuffix(".") && !key.contains("..")
        let left = isDotAtom ? key : "h" + SHA256Hex.of(Array(key.utf8)).prefix(32)
        let right = domain.isEmpty ? "herald.invalid" : domain.lowercased()
        return "<\(left)@\(right)>"
    }

    /// The bytes a dot-atom may hold (RFC 5322 atext and the dot).
    private static let dotAtomBytes = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~.".utf8)

    private static func firstLongLine(_ bytes: [UInt8]) -> Int? {
        var line = 1
        var length = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                line += 1
                length = 0
            } else if byte != UInt8(ascii: "\r") {
                length += 1
                if length > 998 { return line }
            }
        }
        return nil
    }
}
