import Foundation
import HeraldChannels
import HeraldDiagnostics
import HeraldModel
import HeraldPolicy
import HeraldRun
import HeraldXML

/// Builds the one self-contained page `herald preview --html FILE` writes: the message in
/// every channel side by side, as the recipient would see it. The email body and the letter
/// are embedded byte for byte as sent (in `data:` frames, so their styles stay their own);
/// nothing is loaded from the network. The page is XHTML 1.0 Transitional and valid against
/// its DTD, so any browser shows it the same way.
public enum PreviewPage {
    /// The page for `preview`.
    ///
    /// - Parameters:
    ///   - preview: What to show.
    ///   - inlineImages: `data:` URLs by the `cid:` URL an email's HTML refers to them with
    ///     (``MessageComposer/inlineImageDataURLs``), so the page shows embedded images as a
    ///     mail client does.
    public static func build(_ preview: Preview, inlineImages: [String: String] = [:]) -> String {
        var body = summary(preview)
        if preview.columns.isEmpty {
            body += "<div class=\"nothing\"><p>" + XMLText.escape(preview.primary.decision.summary) + "</p>"
            body += "<p>Use --stage to preview a stage anyway.</p></div>\n"
        } else {
            body += "<div class=\"columns\">\n"
            for column in preview.columns {
                body += self.column(column, of: preview, inlineImages: inlineImages)
            }
            body += "</div>\n"
        }
        let title = "Herald preview: \(preview.customer.id)" + (preview.plan.map { " · \($0.stage.id)" } ?? "")
        return """
            \(XHTMLFlavor.transitional.doctypeDeclaration)
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
            <title>\(XMLText.escape(title))</title>
            <style type="text/css">
            \(stylesheet)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    // MARK: Parts of the page

    private static func summary(_ preview: Preview) -> String {
        let customer = preview.customer
        var rows: [(String, String)] = [
            ("Customer", "\(customer.id) · \(customer.displayName) · \(customer.locale)"),
            ("As of", preview.asOf.iso),
            ("Segment", preview.primary.segment.explanation),
        ]
        if let plan = preview.plan {
            rows.append(("Stage", "\(plan.stage.id) (\(plan.stageIndex) of \(plan.stageCount)), oldest invoice \(Counted.phrase(plan.daysOverdue, "day")) overdue"))
            rows.append(("Channel", plan.channelReasons.joined(separator: "; ")))
        }
        var html = "<div class=\"summary\">\n<h1>" + XMLText.escape("What \(customer.displayName.isEmpty ? customer.id : customer.displayName) receives") + "</h1>\n<table class=\"facts\">\n"
        for (label, value) in rows {
            html += "<tr><th>\(XMLText.escape(label))</th><td>\(XMLText.escape(value))</td></tr>\n"
        }
        html += "</table>\n<p class=\"note\">The column marked <strong>sent</strong> is byte for byte what herald run writes to the outbox; the others show the same stage in the other channels.</p>\n</div>\n"
        return html
    }

    private static func column(
        _ column: Preview.Column, of preview: Preview, inlineImages: [String: String]
    ) -> String {
        let badge = column.isSent ? "<span class=\"badge sent\">sent</span>" : "<span class=\"badge\">if sent by \(column.channel.rawValue)</span>"
        var html = "<div class=\"column \(column.channel.rawValue)\">\n<h2>\(title(of: column.channel)) \(badge)</h2>\n"
        guard let outcome = column.outcome else {
            return html + "<div class=\"rejected\"><p>" + XMLText.escape(column.note ?? "") + "</p></div>\n</div>\n"
        }
        switch outcome.result {
        case .message(let message):
            switch message.body {
            case .email(let email): html += self.email(email, of: preview, inlineImages: inlineImages)
            case .sms(let sms): html += self.sms(sms)
            case .letter(let letter): html += self.letter(letter)
            }
            for warning in message.warnings {
                html += "<p class=\"warning\">" + XMLText.escape(DiagnosticRenderer.headline(warning)) + "</p>\n"
            }
        case .rejected(let rejection):
            html += "<div class=\"rejected\"><p><strong>Not sendable by \(column.channel.rawValue):</strong></p><ul>\n"
            for diagnostic in rejection.diagnostics {
                html += "<li>" + XMLText.escape(DiagnosticRenderer.headline(diagnostic)) + "</li>\n"
            }
            html += "</ul></div>\n"
        case .nothingDue(let reason), .held(let reason):
            html += "<div class=\"rejected\"><p>" + XMLText.escape(reason.text) + "</p></div>\n"
        }
        return html + "</div>\n"
    }

    private static func title(of channel: ChannelKind) -> String {
        switch channel {
        case .email: "Email"
        case .sms: "SMS"
        case .letter: "Letter"
        }
    }

    private static func email(
        _ email: ComposedEmail, of preview: Preview, inlineImages: [String: String]
    ) -> String {
        let headers = EmailHeaders(bytes: email.message.bytes)
        let (from, to) = preview.shownEmailAddresses
        let rows: [(String, String)] = [("From", from), ("To", to), ("Subject", email.subject), ("Date", headers["Date"] ?? "")]
        // The HTML part as a mail client shows it: embedded images in place of their cid: URLs.
        let shown = inlineImages.reduce(email.html) { html, image in
            html.replacingOccurrences(of: image.key, with: image.value)
        }
        var html = "<div class=\"mail\">\n<table class=\"mailheaders\">\n"
        for (label, value) in rows {
            html += "<tr><th>\(label)</th><td>\(XMLText.escape(value))</td></tr>\n"
        }
        html += "</table>\n"
        html += "<iframe class=\"mailbody\" title=\"The HTML part as sent\" src=\"data:text/html;charset=utf-8;base64,"
            + Data(shown.utf8).base64EncodedString() + "\" frameborder=\"0\"></iframe>\n</div>\n"
        html += "<h3>Plain-text part</h3>\n<pre class=\"textpart\">" + XMLText.escape(email.message.plainText) + "</pre>\n"
        html += "<h3>Headers as sent</h3>\n<pre class=\"raw\">" + XMLText.escape(headers.raw) + "</pre>\n"
        return html
    }

    private static func sms(_ sms: SMSMessage) -> String {
        let measure = sms.segmentation
        var bubble = ""
        for character in sms.body {
            let text = XMLText.escape(String(character))
            bubble += measure.nonGSMCharacters.contains(character) ? "<span class=\"ucs2\">\(text)</span>" : text
        }
        var html = "<div class=\"phone\"><div class=\"screen\">\n<p class=\"from\">" + XMLText.escape(sms.from) + "</p>\n"
        html += "<div class=\"bubble\">" + bubble + "</div>\n</div></div>\n"
        let perSegment = measure.segments == 1 ? measure.encoding.singleMessageCapacity : measure.encoding.concatenatedPartCapacity
        let encoding = measure.encoding == .gsm7 ? "GSM-7" : "UCS-2"
        html += "<p class=\"meta\">\(measure.characters) characters · \(encoding) · \(Counted.phrase(measure.segments, "segment")) (\(perSegment) per segment)"
        if sms.wasTransliterated { html += " · typographic characters transliterated" }
        html += "</p>\n"
        if !measure.nonGSMCharacters.isEmpty {
            let list = measure.nonGSMCharacters.map { character in
                let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
                return "<span class=\"ucs2\">\(XMLText.escape(String(character)))</span> (\(codes))"
            }
            html += "<p class=\"meta\">UCS-2 is forced by " + list.joined(separator: ", ") + "</p>\n"
        }
        return html
    }

    /// The letter on an A4 sheet. On screen a browser ignores `@page` margins, so the frame
    /// is placed on the page area (inside the print margins): the letter's positions, which
    /// are relative to that area, then land where the printer puts them, and the outlined
    /// window-envelope field sits where the envelope's window will be.
    private static func letter(_ letter: ComposedLetter) -> String {
        let area = "left: \(mm(LetterLayout.marginLeft)); top: \(mm(LetterLayout.marginTop)); "
            + "width: \(mm(LetterLayout.pageWidth - LetterLayout.marginLeft - LetterLayout.marginRight)); "
            + "height: \(mm(LetterLayout.pageHeight - LetterLayout.marginTop - LetterLayout.marginBottom));"
        let window = "left: \(mm(LetterLayout.addressLeft)); top: \(mm(LetterLayout.addressTop)); width: \(mm(LetterLayout.addressWidth)); height: \(mm(LetterLayout.addressHeight));"
        var html = "<div class=\"sheetframe\"><div class=\"sheet\">\n"
        html += "<iframe class=\"page\" style=\"\(area)\" title=\"The letter as printed\" src=\"data:application/xhtml+xml;base64,"
            + Data(letter.document).base64EncodedString() + "\" frameborder=\"0\"></iframe>\n"
        html += "<div class=\"window\" style=\"\(window)\"></div>\n"
        for mark in LetterLayout.foldMarks {
            html += "<div class=\"mark\" style=\"top: \(mm(mark));\"></div>\n"
        }
        html += "<div class=\"mark hole\" style=\"top: \(mm(LetterLayout.holeMark));\"></div>\n"
        html += "</div></div>\n"
        html += "<p class=\"meta\">A4 sheet; the dashed frame is the window-envelope field (DIN 5008 form B: \(mm(LetterLayout.addressLeft)) from the left, \(mm(LetterLayout.addressTop)) from the top, \(mm(LetterLayout.addressWidth)) × \(mm(LetterLayout.addressHeight))); the marks on the left edge are the fold and hole marks. Postage: \(letter.manifest.postage.rawValue).</p>\n"
        return html
    }

    private static func mm(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))mm" : "\(value)mm"
    }

    private static let stylesheet = """
        body { margin: 0; padding: 16px 24px; background: #eef0f3; color: #1d2330; font: 14px/1.45 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
        h1 { font-size: 20px; margin: 0 0 8px 0; }
        h2 { font-size: 16px; margin: 0 0 10px 0; }
        h3 { font-size: 13px; margin: 14px 0 4px 0; color: #4a5263; }
        .summary { background: #fff; border-radius: 8px; padding: 14px 18px; margin-bottom: 16px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
        .facts th { text-align: left; padding: 2px 14px 2px 0; color: #4a5263; font-weight: 600; vertical-align: top; }
        .note { margin: 8px 0 0 0; color: #4a5263; }
        .nothing { background: #fff8e1; border-radius: 8px; padding: 12px 18px; }
        .columns { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
        .column { background: #fff; border-radius: 8px; padding: 14px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
        .column.email { width: 660px; }
        .column.sms { width: 320px; }
        .column.letter { width: 460px; }
        .badge { font-size: 11px; font-weight: 600; background: #dfe3ea; color: #4a5263; border-radius: 10px; padding: 2px 8px; margin-left: 6px; vertical-align: middle; }
        .badge.sent { background: #1f8f4e; color: #fff; }
        .mail { border: 1px solid #d5d9e0; border-radius: 6px; overflow: hidden; }
        .mailheaders { width: 100%; border-collapse: collapse; background: #f7f8fa; border-bottom: 1px solid #d5d9e0; }
        .mailheaders th { width: 70px; text-align: right; padding: 4px 8px; color: #6b7385; font-weight: normal; }
        .mailheaders td { padding: 4px 8px; }
        .mailbody { display: block; width: 100%; height: 640px; border: 0; background: #fff; }
        pre { white-space: pre-wrap; word-wrap: break-word; background: #f7f8fa; border: 1px solid #e2e5ea; border-radius: 4px; padding: 8px; font-size: 12px; max-height: 260px; overflow: auto; }
        .phone { width: 290px; border: 10px solid #1d2330; border-radius: 32px; background: #1d2330; }
        .screen { background: #f2f2f7; border-radius: 22px; min-height: 420px; padding: 14px 12px; }
        .screen .from { text-align: center; font-size: 12px; color: #6b7385; margin: 0 0 10px 0; }
        .bubble { background: #e5e5ea; color: #000; border-radius: 18px; padding: 8px 12px; max-width: 85%; white-space: pre-wrap; word-wrap: break-word; font-size: 15px; }
        .ucs2 { background: #ffd54f; border-radius: 3px; }
        .meta { color: #4a5263; font-size: 12px; margin: 8px 0 0 0; }
        .sheetframe { width: 126mm; height: 178.2mm; overflow: hidden; border: 1px solid #c9ced8; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
        .sheet { position: relative; width: 210mm; height: 297mm; background: #fff; transform: scale(0.6); transform-origin: 0 0; }
        .sheet .page { position: absolute; border: 0; background: #fff; }
        .mark { position: absolute; left: 3mm; width: 5mm; height: 0; border-top: 0.3mm solid #6b7385; }
        .mark.hole { width: 7mm; }
        .window { position: absolute; border: 2px dashed #d32f2f; background: rgba(211,47,47,.06); pointer-events: none; }
        .rejected { background: #fdecea; border-radius: 6px; padding: 8px 12px; }
        .warning { color: #8a5a00; font-size: 12px; }
        """
}
