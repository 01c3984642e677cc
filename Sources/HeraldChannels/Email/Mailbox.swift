/// An email mailbox: an address with an optional display name.
public struct Mailbox: Sendable, Hashable {
    /// The name shown to people, such as `Müller & Söhne Inkasso`; may be non-ASCII.
    public var displayName: String?
    /// The addr-spec, such as `mahnung@example.test`.
    public var address: String

    /// Creates a mailbox.
    public init(_ address: String, displayName: String? = nil) {
        self.address = address
        self.displayName = displayName
    }

    /// The part after the last `@`, or an empty string.
    public var domain: String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return String(address[address.index(after: at)...])
    }

    /// Whether the address itself (not the display name) is non-ASCII, so the message can
    /// only be delivered over SMTPUTF8 (RFC 6531) with raw UTF-8 headers (RFC 6532).
    public var requiresSMTPUTF8: Bool { !address.allSatisfy(\.isASCII) }
}
