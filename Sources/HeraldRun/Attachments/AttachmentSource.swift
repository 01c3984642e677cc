import HeraldDiagnostics

/// Where the documents that invoices name in their `pdf` field come from.
///
/// The run reads them in its worker threads, once per message, through ``RunContext/attachments``;
/// tests inject their own source so the composer stays free of file access.
public protocol AttachmentSource: Sendable {
    /// The bytes of the document an invoice names.
    ///
    /// - Parameter path: The invoice's `pdf` field, unchanged.
    /// - Returns: The whole document.
    /// - Throws: `DiagnosticError` saying why the document cannot be attached: the path leaves
    ///   the source's folder, the file is missing, unreadable, too large or not a PDF.
    func read(_ path: String) throws(DiagnosticError) -> [UInt8]
}
