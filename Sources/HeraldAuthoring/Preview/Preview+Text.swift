import HeraldChannels
import HeraldDiagnostics
import HeraldModel
import HeraldPolicy
import HeraldRun

extension Preview {
    /// The files a preview writes for the message the run would send, byte for byte:
    /// `<customer>-<stage>.eml` and `.html` (the HTML part) for email, `.sms.json` for an SMS,
    /// `.letter.xhtml` and `.manifest.xml` for a letter.
    public var files: [(name: String, bytes: [UInt8])] {
        guard let message = primary.message else { return [] }
        let base = Self.safe(customer.id) + "-" + Self.safe(message.plan.stage.id)
        switch message.body {
        case .email(let email):
            return [(base + ".eml", message.bytes), (base + ".html", Array(email.html.utf8))]
        case .sms:
            return [(base + ".sms.json", message.bytes)]
        case .letter(let letter):
            return [
                (base + ".letter.xhtml", message.bytes),
                (base + ".manifest.xml", letter.manifestBytes(documentFile: base + ".letter.xhtml")),
            ]
        }
    }

    /// What the terminal shows: for SMS the text with its encoding and segment count; for
    /// email the headers (unfolded, with From, To and Subject as the recipient reads them) and
    /// the text part, and where the HTML and the `.eml` went; for a letter, where it went.
    ///
    /// - Parameter written: The path each of ``files`` was written to, by file name.
    public func text(written: [String: String]) -> String {
        var lines = ["Customer \(customer.id) (\(customer.displayName)), as of \(asOf.iso)", primary.decision.summary]
        switch primary.result {
        case .message(let message):
            let base = Self.safe(customer.id) + "-" + Self.safe(message.plan.stage.id)
            lines.append("")
            switch message.body {
            case .sms(let sms):
                let measure = sms.segmentation
                lines.append("SMS from \(sms.from) to \(sms.to): \(measure.encoding == .gsm7 ? "GSM-7" : "UCS-2"), \(Counted.phrase(measure.segments, "segment")), \(measure.characters) characters")
                if !measure.nonGSMCharacters.isEmpty {
                    lines.append("UCS-2 forced by: " + measure.nonGSMCharacters.map { "'\($0)'" }.joined(separator: ", "))
                }
                lines.append("")
                lines.append(sms.body)
            case .email(let email):
                let (from, to) = shownEmailAddresses
                lines += EmailHeaders(bytes: email.message.bytes).lines(showing: ["From": from, "To": to, "Subject": email.subject])
                lines.append("")
                lines.append(email.message.plainText)
                lines.append("")
                lines.append("HTML part: " + (written[base + ".html"] ?? "not written"))
                lines.append("Whole message (.eml): " + (written[base + ".eml"] ?? "not written"))
            case .letter(let letter):
                lines.append("Letter (\(letter.document.count) bytes, postage \(letter.manifest.postage.rawValue)): " + (written[base + ".letter.xhtml"] ?? "not written"))
                lines.append("Print manifest: " + (written[base + ".manifest.xml"] ?? "not written"))
            }
            lines += message.warnings.map { "warning: " + DiagnosticRenderer.headline($0) }
        case .rejected(let rejection):
            lines.append("")
            lines.append("The run would reject this message:")
            lines += rejection.diagnostics.map { "  " + DiagnosticRenderer.headline($0) }
        case .nothingDue, .held:
            lines.append("Nothing to preview; pass --stage to preview a stage anyway.")
        }
        return lines.joined(separator: "\n")
    }

    /// A file-name-safe form of an id: letters, digits, `-`, `_` and `.`; anything else becomes `_`.
    static func safe(_ text: String) -> String {
        let cleaned = String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") ? $0 : "_" })
        return cleaned.isEmpty || cleaned.hasPrefix(".") ? "_" + cleaned : cleaned
    }
}
