/// A stable identifier for a kind of diagnostic, such as `liquid.unknown-filter`.
///
/// Codes are `<module>.<kebab-case>` and each is listed in `docs/diagnostics.md`.
public struct DiagnosticCode: Sendable, Hashable, Codable, RawRepresentable, ExpressibleByStringLiteral {
    /// The code's text, such as `xml.dtd-invalid`.
    public var rawValue: String

    /// Creates a code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a code from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }
}

extension DiagnosticCode: CustomStringConvertible {
    /// The code's text.
    public var description: String { rawValue }
}
