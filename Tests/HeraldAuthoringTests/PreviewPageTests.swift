import Foundation
import HeraldAuthoring
import HeraldModel
import HeraldPolicy
import HeraldRun
import HeraldTesting
import HeraldXML
import Testing

@Suite("herald preview")
struct PreviewPageTests {
    func preview(_ customer: Customer, stage: String? = nil, channel: ChannelKind? = nil) throws -> (Preview, MessageComposer) {
        let fixture = try ProjectFixture()
        defer { fixture.remove() }
        let context = try #require(fixture.load().runContext())
        let composer = MessageComposer(context: context)
        return (
            Preview(customer: customer, asOf: ProjectFixture.asOf, composer: composer, alreadySent: [:], stage: stage, channel: channel),
            composer
        )
    }

    @Test("the page is valid XHTML 1.0 Transitional and shows every channel, the sent one marked")
    func pageValidates() throws {
        let (preview, _) = try preview(.fixture(id: "C1", segment: "reliable"))
        let page = PreviewPage.build(preview)
        let diagnostics = XMLValidator().validateXHTML(Array(page.utf8), file: "preview.html", as: .transitional)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(preview.columns.map(\.channel) == [.email, .sms, .letter])
        #expect(preview.columns.map(\.isSent) == [true, false, false])
        #expect(page.contains("<span class=\"badge sent\">sent</span>"))
        #expect(page.contains("class=\"window\" style=\"left: 20mm; top: 45mm; width: 85mm; height: 45mm;\""))
        #expect(page.contains("characters · GSM-7 · 1 segment"))
    }

    @Test(
        "xmllint, an independent validator, accepts the page against the XHTML DTD",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"),
            "skipped: /usr/bin/xmllint is not installed (apt-get install libxml2-utils)"))
    func xmllintAccepts() throws {
        let (preview, _) = try preview(.fixture(id: "C4", segment: "chronic-late", channel: .letter))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("herald-preview-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(PreviewPage.build(preview).utf8).write(to: file)
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/xmllint"), ["--noout", "--valid", "--nonet", file.path])
        #expect(result.status == 0, "\(result.combined)")
        #expect(result.combined.isEmpty, "\(result.combined)")
    }

    @Test("the page embeds the email body and the letter byte for byte as the run sends them")
    func byteForByte() throws {
        let customer = Customer.fixture(id: "C1", segment: "reliable")
        let (preview, composer) = try preview(customer)
        let run = composer.compose(customer: customer, asOf: ProjectFixture.asOf, alreadySent: [:])
        let sent = try #require(run.message)
        #expect(preview.files.first?.bytes == sent.bytes)  // the .eml the outbox gets
        let page = PreviewPage.build(preview)
        guard case .email(let email) = sent.body else {
            Issue.record("expected an email")
            return
        }
        #expect(page.contains("data:text/html;charset=utf-8;base64," + Data(email.html.utf8).base64EncodedString() + "\""))
        let letterColumn = try #require(preview.columns.first { $0.channel == .letter }?.outcome?.message)
        #expect(page.contains("data:application/xhtml+xml;base64," + Data(letterColumn.bytes).base64EncodedString() + "\""))
    }

    @Test("the page shows the embedded logo in place of its cid: URL, as a mail client does")
    func embeddedLogoIsShown() throws {
        let context = try RunContext.load(projectRoot: ProjectFixture.repositoryRoot)
        let composer = MessageComposer(context: context)
        let images = composer.inlineImageDataURLs
        let (cid, dataURL) = try #require(images.first)
        #expect(cid.hasPrefix("cid:logo@") && dataURL.hasPrefix("data:image/png;base64,"))
        let customer = Customer.fixture(id: "C1", segment: "reliable", channel: .email)
        let preview = Preview(
            customer: customer, asOf: ProjectFixture.asOf, composer: composer, alreadySent: [:], stage: "reminder-1",
            channel: .email)
        let email = try #require(preview.columns.first { $0.channel == .email }?.outcome?.message)
        guard case .email(let composed) = email.body else {
            Issue.record("expected an email")
            return
        }
        #expect(composed.html.contains(cid), "the sent HTML refers to the embedded logo")
        let page = PreviewPage.build(preview, inlineImages: images)
        let shown = composed.html.replacingOccurrences(of: cid, with: dataURL)
        #expect(page.contains("data:text/html;charset=utf-8;base64," + Data(shown.utf8).base64EncodedString() + "\""))
    }

    @Test("the terminal text shows an email's From, To and Subject as the recipient reads them")
    func emailTextDecodesHeaders() throws {
        let context = try RunContext.load(projectRoot: ProjectFixture.repositoryRoot)
        var customer = Customer.fixture(id: "C5", segment: "reliable", locale: "de-DE", channel: .email)
        customer.familyName = "Müller-Lüdenscheidt"
        let preview = Preview(
            customer: customer, asOf: ProjectFixture.asOf, composer: MessageComposer(context: context), alreadySent: [:],
            stage: "reminder-1", channel: .email)
        let message = try #require(preview.primary.message)
        let sent = String(decoding: message.bytes, as: UTF8.self)
        #expect(sent.contains("From: =?utf-8?q?"), "the .eml itself carries encoded words")
        let text = preview.text(written: [:])
        #expect(text.contains("From: Autoservice Herald – Forderungsmanagement <debiteuren@autoservice-herald.example>"))
        #expect(text.contains("To: \(customer.displayName) <\(customer.email)>"))
        #expect(!text.contains("=?utf-8?"), "no encoded word reaches the terminal")
        #expect(text.contains("X-Herald-Stage: reminder-1"))
    }

    @Test("lint builds emails with the embedded logo, as the run does")
    func lintContextEmbedsTheLogo() throws {
        let project = AuthoringProject.load(root: ProjectFixture.repositoryRoot)
        let lintContext = try #require(project.runContext())
        let runContext = try RunContext.load(projectRoot: ProjectFixture.repositoryRoot)
        #expect(lintContext.logoPNG != nil)
        #expect(lintContext.logoPNG == runContext.logoPNG)
    }

    @Test("customer data with markup and control characters cannot break the page")
    func hostileData() throws {
        var customer = Customer.fixture(id: "C<1>", segment: "reliable", channel: .sms)
        customer.givenName = "<script>alert('x')</script>\u{7}&amp;"
        customer.familyName = "Ünal 🚗"
        let (preview, _) = try preview(customer)
        let page = PreviewPage.build(preview)
        let diagnostics = XMLValidator().validateXHTML(Array(page.utf8), file: "preview.html", as: .transitional)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(!page.contains("<script>"))
        #expect(preview.files.map(\.name) == ["C_1_-reminder-1.sms.json"])
    }

    @Test("a forced stage and channel preview a message the dates would not send yet")
    func forced() throws {
        var customer = Customer.fixture(id: "C2", segment: "reliable")
        customer.invoices = [Invoice(number: "I-1", dueDate: ProjectFixture.asOf.adding(days: 10), amount: 99, currency: "EUR")]
        let (natural, _) = try preview(customer)
        #expect(natural.columns.isEmpty)
        #expect(natural.text(written: [:]).contains("nothing due"))
        let (forced, _) = try preview(customer, stage: "reminder-1", channel: .letter)
        #expect(forced.plan?.channel == .letter)
        #expect(forced.files.map(\.name) == ["C2-reminder-1.letter.xhtml", "C2-reminder-1.manifest.xml"])
        #expect(forced.columns.map(\.channel) == [.letter, .email, .sms])  // the message sent comes first
    }

    @Test("the terminal text shows an SMS with its encoding and segments")
    func smsText() throws {
        let (preview, _) = try preview(.fixture(id: "C3", segment: "occasional", channel: .sms))
        let text = preview.text(written: [:])
        #expect(text.contains("SMS from GarageTest to +31612345678: GSM-7, 1 segment"))
        #expect(text.contains("Garage Test B.V."))
        #expect(preview.json(written: [:]).contains(#""sms":{"characters":"#))
    }
}
