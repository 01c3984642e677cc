import Foundation
import HeraldChannels
import HeraldDiagnostics
import Testing

@Suite struct EmailBuilderTests {
    @Test func transactionalMessagePassesTheIndependentChecker() throws {
        let message = try EmailBuilder().build(EmailFixtures.content())
        #expect(try EmailFixtures.independentCheck(message) == nil)
        #expect(!message.requiresSMTPUTF8)
        #expect(message.bytes.allSatisfy { $0 < 128 }, "the message is 7-bit clean")
    }

    @Test func headersDecodeToTheGivenValues() throws {
        let content = EmailFixtures.content()
        let parsed = try EmailFixtures.parse(try EmailBuilder().build(content))
        #expect(parsed.headers["Subject"] == content.subject)
        #expect(parsed.from_display == "Müller & Söhne Inkasso")
        #expect(parsed.from_address == "mahnung@autohaus.example.test")
        #expect(parsed.headers["Date"] == "Mon, 05 Jan 2026 10:00:00 +0100")
        #expect(parsed.headers["Message-ID"] == "<k-7f3a9c@autohaus.example.test>")
        #expect(parsed.headers["MIME-Version"] == "1.0")
        #expect(parsed.headers["Auto-Submitted"] == "auto-generated")
        #expect(parsed.headers["List-Unsubscribe"] == nil)
        #expect(parsed.headers["X-Herald-Idempotency-Key"] == "k-7f3a9c")
        #expect(parsed.headers["X-Herald-Customer"] == "C-1001")
        #expect(parsed.headers["X-Herald-Segment"] == "chronic-late")
        #expect(parsed.headers["X-Herald-Stage"] == "reminder-2")
        #expect(parsed.headers["X-Herald-Template"] == "templates/reminder-2/email.xhtml.liquid")
        #expect(parsed.headers["Content-Language"] == "de")
    }

    @Test func plainTextComesBeforeHTMLAndBothRoundTrip() throws {
        let content = EmailFixtures.content(text: "Hallo = Welt \nZeile 2 mit Ümlaut\n")
        let parsed = try EmailFixtures.parse(try EmailBuilder().build(content))
        #expect(parsed.parts.map(\.type) == ["multipart/alternative", "text/plain", "text/html"])
        // Text parts decode to canonical CRLF line ends.
        #expect(parsed.parts[1].text == "Hallo = Welt \r\nZeile 2 mit Ümlaut\r\n")
        #expect(parsed.parts[2].text == content.html.replacing("\n", with: "\r\n"))
    }

    @Test func rawBytesFollowTheLineRules() throws {
        let message = try EmailBuilder().build(EmailFixtures.content(subject: String(repeating: "Überfällige Rechnung ", count: 8)))
        let raw = message.bytes
        for (index, byte) in raw.enumerated() where byte == UInt8(ascii: "\n") {
            #expect(index > 0 && raw[index - 1] == UInt8(ascii: "\r"), "bare LF at byte \(index)")
        }
        #expect(raw.suffix(2) == [13, 10])
        let (header, all) = EmailFixtures.lines(message)
        for line in header { #expect(line.utf8.count <= 78, "header line too long: \(line)") }
        for line in header where line.contains("=?") { #expect(line.utf8.count <= 76, "\(line)") }
        for line in all { #expect(line.utf8.count <= 78, "line too long: \(line)") }
        let words = header.joined().split(separator: " ").filter { $0.hasPrefix("=?") }
        for word in words { #expect(word.count <= 75) }
        let names = header.filter { !$0.hasPrefix(" ") }.compactMap { $0.split(separator: ":").first.map(String.init) }
        #expect(Set(names).count == names.count, "a header occurs twice: \(names)")
        for required in ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version"] {
            #expect(names.filter { $0 == required }.count == 1, "\(required)")
        }
    }

    @Test func sameKeyGivesSameBytesAndAnotherKeyAnotherMessage() throws {
        let first = try EmailBuilder().build(EmailFixtures.content())
        let again = try EmailBuilder().build(EmailFixtures.content())
        #expect(first.bytes == again.bytes)
        var other = EmailFixtures.content()
        other.audit.idempotencyKey = "k-000002"
        let second = try EmailBuilder().build(other)
        #expect(second.messageID == "<k-000002@autohaus.example.test>")
        let boundary = { (m: EmailMessage) in
            String(decoding: m.bytes, as: UTF8.self).components(separatedBy: "boundary=\"")[1].prefix(while: { $0 != "\"" })
        }
        #expect(boundary(first) != boundary(second))
    }

    @Test func messageIDUsesTheConfiguredDomainWhenThereIsOne() throws {
        var content = EmailFixtures.content()
        content.messageIDDomain = "mail.autohaus.example.test"
        let message = try EmailBuilder().build(content)
        #expect(message.messageID == "<k-7f3a9c@mail.autohaus.example.test>")
        #expect(try EmailFixtures.parse(message).headers["Message-ID"] == "<k-7f3a9c@mail.autohaus.example.test>")
        content.messageIDDomain = ""
        #expect(try EmailBuilder().build(content).messageID == "<k-7f3a9c@autohaus.example.test>")
    }

    @Test func keysThatAreNotDotAtomsAreHashedIntoTheMessageID() {
        let id = EmailBuilder.messageID(key: "C-1/reminder 2/€", domain: "Example.TEST")
        #expect(id.hasPrefix("<h") && id.hasSuffix("@example.test>"))
        #expect(id.count == "<h@example.test>".count + 32)
        #expect(EmailBuilder.messageID(key: "C-1/reminder 2/€", domain: "example.test") == id)
    }

    @Test func headerInjectionThroughTheSubjectIsImpossible() throws {
        let message = try EmailBuilder().build(EmailFixtures.content(subject: "Hallo\r\nBcc: evil@example.test\nX: y"))
        let parsed = try EmailFixtures.parse(message)
        #expect(parsed.headers["Bcc"] == nil)
        #expect(parsed.headers["Subject"] == "Hallo Bcc: evil@example.test X: y")
        #expect(try EmailFixtures.independentCheck(message) == nil)
    }

    /// Control characters (C0, DEL, C1 such as NEL, U+2028/U+2029) and runs of spaces become
    /// one space, and the ends are trimmed; clean text, ASCII or not, is kept as it is.
    @Test(arguments: [
        ("Hallo\u{0085}Welt", "Hallo Welt"),
        ("Rechnung\u{2028}2026\u{2029}0042", "Rechnung 2026 0042"),
        ("  zwei  Leerzeichen  ", "zwei Leerzeichen"),
        ("Tab\there\u{7F}", "Tab here"),
        ("Grüße aus Köln", "Grüße aus Köln"),
        ("Ärger über Zahlung", "Ärger über Zahlung"),
        ("Plain ASCII subject", "Plain ASCII subject"),
    ])
    func headerValuesAreSanitised(subject: String, expected: String) throws {
        let parsed = try EmailFixtures.parse(try EmailBuilder().build(EmailFixtures.content(subject: subject)))
        #expect(parsed.headers["Subject"] == expected)
    }

    @Test func invalidRecipientIsRejectedWithoutShowingTheAddress() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try EmailBuilder().build(EmailFixtures.content(to: Mailbox("anna.example.test")))
        }
        #expect(error.diagnostics.map(\.code) == ["email.invalid-address"])
        #expect(error.diagnostics[0].message.contains("C-1001"))
        #expect(!error.diagnostics[0].message.contains("anna"))
    }
}
