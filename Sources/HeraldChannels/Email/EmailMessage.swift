import HeraldDiagnostics

/// A finished `.eml` file and what agents need to know about it.
public struct EmailMessage: Sendable, Hashable {
    /// The whole message: 7-bit clean unless ``requiresSMTPUTF8``, CRLF line ends.
    public var bytes: [UInt8]
    /// The Message-ID with angle brackets, such as `<k-0001@example.test>`.
    public var messageID: String
    /// Whether an address is non-ASCII, so headers hold raw UTF-8 (RFC 6532) and the
    /// message must be relayed over SMTPUTF8 (RFC 6531). The file then also carries
    /// `X-Herald-SMTPUTF8: yes`.
    public var requiresSMTPUTF8: Bool
    /// The plain-text part as written (given, or derived from the HTML).
    public var plainText: String
    /// Non-fatal findings, such as marketing mail without an unsubscribe URL.
    public var warnings: [Diagnostic]
}
