import HeraldChannels
import HeraldDiagnostics
import Testing

@Suite struct EmailListHeaderTests {
    @Test func marketingMailCarriesOneClickUnsubscribe() throws {
        let kind = EmailKind.marketing(
            unsubscribeURL: "https://example.test/u/TOKEN123", unsubscribeMailto: "mailto:unsub@example.test?subject=unsubscribe")
        let message = try EmailBuilder().build(EmailFixtures.content(kind: kind))
        let parsed = try EmailFixtures.parse(message)
        #expect(parsed.headers["List-Unsubscribe"]
            == "<https://example.test/u/TOKEN123>, <mailto:unsub@example.test?subject=unsubscribe>")
        #expect(parsed.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
        #expect(parsed.headers["Auto-Submitted"] == nil)
        #expect(try EmailFixtures.independentCheck(message) == nil)
    }

    @Test func marketingMailWithoutURLWarns() throws {
        let message = try EmailBuilder().build(EmailFixtures.content(kind: .marketing(unsubscribeURL: nil)))
        #expect(message.warnings.map(\.code) == ["email.missing-unsubscribe"])
        #expect(try EmailFixtures.parse(message).headers["List-Unsubscribe"] == nil)
    }

    @Test(arguments: ["http://example.test/u/1", "https://example.test/u 1", "mailto:x@example.test"])
    func unsubscribeURLMustBeHTTPS(url: String) throws {
        let error = try #require(throws: DiagnosticError.self) {
            try EmailBuilder().build(EmailFixtures.content(kind: .marketing(unsubscribeURL: url)))
        }
        #expect(error.diagnostics.map(\.code) == ["email.unsubscribe-not-https"])
    }
}
