import Foundation
import HeraldChannels
import HeraldDiagnostics
import HeraldLiquid
import HeraldModel
import HeraldPolicy

extension MessageComposer {
    /// The invoice PDFs of an email: one per covered invoice with a `pdf` field, each file read
    /// once, named `invoice-<number>.pdf` from the sanitised invoice number (never from the path).
    ///
    /// - Throws: `DiagnosticError` when a document cannot be attached: the message is rejected
    ///   rather than sent without the invoice it refers to.
    func invoiceAttachments(for plan: StagePlan) throws(DiagnosticError) -> [EmailAttachment] {
        guard let source = context.attachments else { return [] }
        var read: [String: [UInt8]] = [:]
        var names: Set<String> = []
        var result: [EmailAttachment] = []
        var problems: [Diagnostic] = []
        for invoice in plan.invoices {
            guard case .string(let path)? = invoice.extra.first(where: { $0.key == "pdf" })?.value, !path.isEmpty else {
                continue
            }
            let bytes: [UInt8]
            if let known = read[path] {
                bytes = known
            } else {
                do {
                    bytes = try source.read(path)
                } catch {
                    problems += error.diagnostics.map { diagnostic in
                        var diagnostic = diagnostic
                        diagnostic.message = "invoice '\(invoice.number)': \(diagnostic.message)"
                        return diagnostic
                    }
                    continue
                }
                read[path] = bytes
            }
            let name = Self.uniqueName(Self.attachmentName(forInvoice: invoice.number), in: &names)
            result.append(EmailAttachment(filename: name, contentType: "application/pdf", data: bytes))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return result
    }

    /// `invoice-<number>.pdf`, keeping only ASCII letters, digits, `.`, `_` and `-` of the number
    /// (others become `-`), without leading or trailing dots and dashes, at most 64 characters.
    static func attachmentName(forInvoice number: String) -> String {
        var stem = ""
        for scalar in number.unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
            if keep {
                stem.unicodeScalars.append(scalar)
            } else if !stem.hasSuffix("-") {
                stem += "-"
            }
        }
        let separator: (Character) -> Bool = { $0 == "." || $0 == "-" }
        var trimmed = Substring(stem.trimmingPrefix(while: separator).prefix(64))
        while let last = trimmed.last, separator(last) { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? "invoice.pdf" : "invoice-\(trimmed).pdf"
    }

    private static func uniqueName(_ name: String, in names: inout Set<String>) -> String {
        var candidate = name
        var counter = 2
        while !names.insert(candidate).inserted {
            candidate = String(name.dropLast(4)) + "-\(counter).pdf"
            counter += 1
        }
        return candidate
    }

    /// The Content-ID of the embedded logo, such as `logo@mail.example.com`.
    var logoContentID: String {
        let domain = context.policy.sender.messageIDDomain
        return "logo@\(domain.isEmpty ? "herald.invalid" : domain)"
    }

    /// What templates see as `message.logo_src`: the embedded logo's `cid:` URL in emails when
    /// the project has `assets/logo.png`, otherwise `nil` (templates then get `company.logo_url`).
    func logoSource(for channel: ChannelKind) -> String? {
        channel == .email && context.logoPNG != nil ? "cid:\(logoContentID)" : nil
    }

    /// The logo as an inline image, when the HTML refers to it.
    func inlineLogo(forHTML html: String) -> [InlineImage] {
        guard let png = context.logoPNG, html.containsBytes(of: "cid:\(logoContentID)") else { return [] }
        return [InlineImage(contentID: logoContentID, contentType: "image/png", data: png, filename: "logo.png")]
    }

    /// The images emails embed, as `data:` URLs keyed by the `cid:` URL the HTML uses: what a
    /// mail client shows in their place, for previews outside a mail client.
    public var inlineImageDataURLs: [String: String] {
        guard let png = context.logoPNG else { return [:] }
        return ["cid:\(logoContentID)": "data:image/png;base64," + Data(png).base64EncodedString()]
    }
}
