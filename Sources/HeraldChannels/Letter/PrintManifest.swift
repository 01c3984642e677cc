/// The job ticket for one printed letter: what to print, where to send it and how.
///
/// Serialised by ``xml`` and validated against `schemas/print-manifest.xsd`.
public struct PrintManifest: Sendable, Hashable {
    /// The letter's message id.
    public var id: String
    /// The recipient's address lines, top to bottom (1–6, no blank lines), as printed in
    /// the window; for international mail the last line is the country in capitals.
    public var addressLines: [String]
    /// The recipient's country, ISO 3166-1 alpha-2 (`DE`, `NL`).
    public var country: String
    /// The postage class.
    public var postage: Postage
    /// Whether both sides of the sheet are printed.
    public var duplex: Bool
    /// Whether the letter is printed in colour.
    public var color: Bool
    /// The document's file name in the outbox, such as `L-1001.xhtml` or `L-1001.pdf`.
    public var documentFile: String
    /// The document's media type, such as `application/xhtml+xml` or `application/pdf`.
    public var documentMediaType: String
    /// The document's SHA-256, 64 lower-case hex digits.
    public var documentSHA256: String
    /// The document's size in bytes.
    public var documentSize: Int
    /// Why the letter exists.
    public var audit: AuditFields

    /// The postage class of a letter.
    public enum Postage: String, Sendable, Hashable, CaseIterable {
        /// Ordinary letter mail.
        case standard
        /// First-class / priority mail, for a final notice that must arrive quickly.
        case priority
        /// Registered mail (Einschreiben, aangetekend): proof of posting or delivery.
        case registered
    }
}
