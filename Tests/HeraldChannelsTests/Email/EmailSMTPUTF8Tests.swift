import HeraldChannels
import HeraldDiagnostics
import Testing

@Suite struct EmailSMTPUTF8Tests {
    let recipient = Mailbox("jürgen.weiß@example.test", displayName: "Jürgen Weiß")

    @Test func nonASCIILocalPartIsWrittenRawAndFlagged() throws {
        let message = try EmailBuilder().build(EmailFixtures.content(to: recipient))
        #expect(message.requiresSMTPUTF8)
        let (header, _) = EmailFixtures.lines(message)
        #expect(header.contains("X-Herald-SMTPUTF8: yes"))
        #expect(header.contains { $0.hasPrefix("To: =?utf-8?q?J=C3=BCrgen_Wei=C3=9F?= <jürgen.weiß@example.test>") })
        #expect(try EmailFixtures.independentCheck(message, smtpUTF8: true) == nil)
        let parsed = try EmailFixtures.parse(message)
        #expect(parsed.to_address == "jürgen.weiß@example.test")
    }

    @Test func theCheckerWithoutSMTPUTF8FlagsTheRawHeader() throws {
        let message = try EmailBuilder().build(EmailFixtures.content(to: recipient))
        let report = try #require(try EmailFixtures.independentCheck(message))
        #expect(report.contains("8-bit header"))
    }

    @Test func rejectedWhenSMTPUTF8IsNotAllowed() throws {
        let builder = EmailBuilder(options: EmailOptions(allowsSMTPUTF8: false))
        let error = try #require(throws: DiagnosticError.self) {
            try builder.build(EmailFixtures.content(to: recipient))
        }
        #expect(error.diagnostics.map(\.code) == ["email.smtputf8-required"])
    }

    @Test func nonASCIIDisplayNameAloneStaysSevenBit() throws {
        let message = try EmailBuilder().build(
            EmailFixtures.content(to: Mailbox("j.weiss@example.test", displayName: "Jürgen Weiß")))
        #expect(!message.requiresSMTPUTF8)
        #expect(message.bytes.allSatisfy { $0 < 128 })
        #expect(!EmailFixtures.lines(message).header.contains("X-Herald-SMTPUTF8: yes"))
    }
}
