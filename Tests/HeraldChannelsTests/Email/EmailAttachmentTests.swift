import Foundation
import HeraldChannels
import HeraldDiagnostics
import Testing

@Suite struct EmailAttachmentTests {
    static let pdf = Array("%PDF-1.4\n".utf8) + (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0xAB, count: 200)

    static func content() -> EmailContent {
        let html = EmailFixtures.html.replacing(
            "<p>Sehr geehrte", with: "<p><img src=\"cid:logo.k-7f3a9c@autohaus.example.test\" alt=\"Logo\" width=\"120\" height=\"40\" /></p><p>Sehr geehrte")
        return EmailFixtures.content(
            html: html,
            attachments: [
                EmailAttachment(filename: "Mahnung_2026-0042.pdf", contentType: "application/pdf", data: pdf),
                EmailAttachment(
                    filename: "Rechnungsübersicht für Frau Müller – Kundennummer C-1001, Stand November 2026.pdf",
                    contentType: "application/pdf", data: Array(pdf.prefix(100))),
            ],
            inlineImages: [
                InlineImage(contentID: "logo.k-7f3a9c@autohaus.example.test", contentType: "image/png", data: png, filename: "logo.png")
            ])
    }

    @Test func treeIsMixedAlternativeRelated() throws {
        let message = try EmailBuilder().build(Self.content())
        #expect(try EmailFixtures.independentCheck(message) == nil)
        let parsed = try EmailFixtures.parse(message)
        #expect(parsed.parts.map(\.type) == [
            "multipart/mixed", "multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png",
            "application/pdf", "application/pdf",
        ])
        #expect(parsed.parts[5].content_id == "<logo.k-7f3a9c@autohaus.example.test>")
        #expect(parsed.parts[5].disposition == "inline")
        #expect(parsed.parts[5].sha == SHA256Hex.of(Self.png))
        #expect(parsed.parts[6].filename == "Mahnung_2026-0042.pdf")
        #expect(parsed.parts[6].disposition == "attachment")
        #expect(parsed.parts[6].sha == SHA256Hex.of(Self.pdf))
        #expect(parsed.parts[7].filename == "Rechnungsübersicht für Frau Müller – Kundennummer C-1001, Stand November 2026.pdf")
        #expect(parsed.headers["Content-Type"]?.hasPrefix("multipart/mixed") == true)
    }

    @Test func nonASCIIFileNamesUseRFC2231AndBase64LinesAre76() throws {
        let message = try EmailBuilder().build(Self.content())
        let (_, lines) = EmailFixtures.lines(message)
        #expect(lines.contains { $0.contains("filename*0*=utf-8''Rechnungs%C3%BCbersicht") })
        let base64 = lines.filter { $0.count == 76 && $0.allSatisfy { $0.isLetter || $0.isNumber || "+/=".contains($0) } }
        #expect(base64.count >= 50)
        #expect(message.bytes.allSatisfy { $0 < 128 })
    }

    @Test func boundariesNeverOccurInContent() throws {
        let message = try EmailBuilder().build(Self.content())
        let text = String(decoding: message.bytes, as: UTF8.self)
        let boundaries = text.components(separatedBy: "boundary=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(boundaries.count == 3)
        for boundary in boundaries {
            let uses = text.components(separatedBy: "--" + boundary).count - 1
            let parts = text.components(separatedBy: "\r\n--" + boundary + "\r\n").count - 1
            #expect(uses == parts + 1, "the boundary appears only as delimiters")
        }
    }

    @Test func danglingCidIsRejected() throws {
        var content = Self.content()
        content.inlineImages = []
        let error = try #require(throws: DiagnosticError.self) { try EmailBuilder().build(content) }
        #expect(error.diagnostics.map(\.code) == ["email.dangling-cid"])
    }
}
