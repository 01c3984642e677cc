import HeraldDiagnostics

/// Checks letter data and makes its ``PrintManifest``.
public enum PrintManifestBuilder {
    /// Builds the manifest for a rendered letter document.
    ///
    /// - Parameters:
    ///   - id: The letter's message id.
    ///   - addressLines: The recipient lines as printed; blank lines are dropped.
    ///   - country: ISO 3166-1 alpha-2 code (case-insensitive).
    ///   - postage: Standard, priority or registered.
    ///   - duplex: Print both sides.
    ///   - color: Print in colour.
    ///   - documentFile: The document's file name in the outbox.
    ///   - document: The document's bytes, hashed with SHA-256.
    ///   - mediaType: The document's media type.
    ///   - audit: Why the letter exists.
    /// - Throws: `DiagnosticError` with `letter.address-lines` (none, or more than 6),
    ///   `letter.invalid-country`, `letter.invalid-file-name`.
    public static func build(
        id: String, addressLines: [String], country: String, postage: PrintManifest.Postage = .standard,
        duplex: Bool = true, color: Bool = false, documentFile: String, document: [UInt8],
        mediaType: String = "application/xhtml+xml", audit: AuditFields
    ) throws(DiagnosticError) -> PrintManifest {
        var problems: [Diagnostic] = []
        let lines = addressLines.map { HeaderField.sanitized($0) }.filter { !$0.isEmpty }
        let customer = audit.customerID
        if lines.isEmpty || lines.count > LetterLayout.maximumRecipientLines {
            problems.append(.error(
                "letter.address-lines",
                "customer '\(customer)': the letter address has \(lines.count) lines; the window holds 1 to "
                    + "\(LetterLayout.maximumRecipientLines)",
                help: "check street, postal_code, city and country in the input data"))
        }
        let code = country.uppercased()
        if !code.isASCIICode(length: 2...2) {
            problems.append(.error(
                "letter.invalid-country", "customer '\(customer)': the country is not an ISO 3166-1 alpha-2 code",
                help: "write the country as two letters, such as DE or NL"))
        }
        if documentFile.isEmpty || documentFile.contains("/") || documentFile.hasPrefix(".")
            || documentFile.unicodeScalars.contains(where: { $0.value < 0x20 })
        {
            problems.append(.error(
                "letter.invalid-file-name", "the letter file name '\(documentFile)' is not a plain file name",
                help: "use a name without '/' that does not start with '.'"))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return PrintManifest(
            id: id, addressLines: lines, country: code, postage: postage, duplex: duplex, color: color,
            documentFile: documentFile, documentMediaType: mediaType, documentSHA256: SHA256Hex.of(document),
            documentSize: document.count, audit: audit)
    }
}
