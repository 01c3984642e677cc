import Foundation
import HeraldChannels
import HeraldTesting
import Testing

/// Sample messages and the independent checkers for them.
enum EmailFixtures {
    static let audit = AuditFields(
        idempotencyKey: "k-7f3a9c", customerID: "C-1001", segment: "chronic-late", stage: "reminder-2",
        template: "templates/reminder-2/email.xhtml.liquid")

    static let html = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Zahlungserinnerung</title>
        <style type="text/css">p { color: #333; }</style></head>
        <body><div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Bitte zahlen Sie 1.234,56&#160;€&#847;&zwnj;&nbsp;</div>
        <table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td>
        <p>Sehr geehrte Frau Müller,</p>
        <p>für die folgenden Rechnungen haben wir noch keine Zahlung erhalten &amp; bitten um Überweisung:</p>
        <table><tr><th>Rechnung</th><th>Fällig</th><th>Betrag</th></tr>
        <tr><td>2026-0042</td><td>05.11.2026</td><td>1.234,56 €</td></tr></table>
        <p>Jetzt <a href="https://pay.example.test/p/abc?x=1&amp;y=2">online bezahlen</a>.<br/>Mit freundlichen Grüßen</p>
        <p>Autohaus Müller &amp; Söhne</p>
        </td></tr></table></body></html>
        """

    static func content(
        subject: String = "Zahlungserinnerung für Rechnung 2026-0042 – bitte prüfen",
        to: Mailbox = Mailbox("anna.mueller@example.test", displayName: "Anna Müller"),
        kind: EmailKind = .transactional, text: String? = nil, html: String = html,
        attachments: [EmailAttachment] = [], inlineImages: [InlineImage] = []
    ) -> EmailContent {
        EmailContent(
            from: Mailbox("mahnung@autohaus.example.test", displayName: "Müller & Söhne Inkasso"), to: to,
            subject: subject, html: html, text: text, dateSeconds: 1_767_603_600, timeZoneOffsetMinutes: 60,
            audit: audit, kind: kind, language: "de", attachments: attachments, inlineImages: inlineImages)
    }

    /// Runs the §6.1 checker; returns its output lines when it finds errors.
    static func independentCheck(_ message: EmailMessage, smtpUTF8: Bool = false) throws -> String? {
        let result = try ExternalTool.withTemporaryFile(named: "message.eml", contents: Data(message.bytes)) { path in
            try ExternalTool.run(["python3", ExternalTool.script("check_eml.py")] + (smtpUTF8 ? ["--smtputf8"] : []) + [path])
        }
        return result.status == 0 ? nil : result.stdout + result.stderr
    }

    /// What Python's email package reads from the message.
    struct Parsed: Decodable {
        struct Part: Decodable {
            var type: String
            var text: String?
            var size: Int?
            var sha: String?
            var filename: String?
            var content_id: String?
            var disposition: String?
        }
        var headers: [String: String]
        var from_display: String
        var from_address: String
        var to_address: String
        var parts: [Part]
    }

    static func parse(_ message: EmailMessage) throws -> Parsed {
        let result = try ExternalTool.withTemporaryFile(named: "message.eml", contents: Data(message.bytes)) { path in
            try ExternalTool.run(["python3", ExternalTool.script("dump_eml.py"), path])
        }
        try #require(result.status == 0, "dump_eml.py failed: \(result.stderr)")
        return try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
    }

    /// The raw lines (without CRLF) of the header block and of the whole message.
    static func lines(_ message: EmailMessage) -> (header: [String], all: [String]) {
        let text = String(decoding: message.bytes, as: UTF8.self)
        let all = text.components(separatedBy: "\r\n")
        let end = all.firstIndex(of: "") ?? all.count
        return (Array(all[..<end]), all)
    }
}
