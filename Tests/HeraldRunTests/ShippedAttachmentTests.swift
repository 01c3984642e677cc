import Foundation
import HeraldChannels
import HeraldLiquid
import HeraldModel
import HeraldPolicy
import HeraldRun
import Testing

/// The shipped project and demo data: `assets/logo.png` is embedded as `cid:` and the example
/// invoice PDFs in `examples/attachments` are attached, as `herald run` does by default.
@Suite struct ShippedAttachmentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let input = root.appendingPathComponent("examples/customers.jsonl")

    /// C000001 of the demo: a nl-NL email customer whose three open invoices have PDFs.
    func composeDemoCustomer(channel: ChannelKind? = nil) throws -> ComposedOutcome {
        var context = try RunContext.load(projectRoot: Self.root)
        context.attachments = AttachmentFolder(directory: AttachmentFolder.defaultDirectory(forInput: Self.input))
        var reader = JSONLinesReader(source: try FileChunkSource(url: Self.input))
        var customer: Customer?
        while customer == nil, let record = try reader.next() {
            if case .success(let decoded) = record, decoded.id == "C000001" { customer = decoded }
        }
        return MessageComposer(context: context).compose(
            customer: try #require(customer), asOf: LocalDate(2026, 11, 29)!, alreadySent: [:], forcedChannel: channel)
    }

    func demoEmail() throws -> (ComposedMessage, ComposedEmail) {
        let outcome = try composeDemoCustomer()
        let message = try #require(outcome.message, "\(String(describing: outcome.rejection?.reason))")
        guard case .email(let email) = message.body else { throw Unexpected.channel(message.channel) }
        return (message, email)
    }

    @Test func theLogoIsEmbeddedAndTheHTMLShowsItByContentID() throws {
        let (message, email) = try demoEmail()
        let eml = String(decoding: message.bytes, as: UTF8.self)
        #expect(eml.contains("Content-Type: multipart/related;"))
        let logo = try #require(MIMEParts.part(in: eml, containing: "Content-ID: <logo@"))
        #expect(logo.headers.contains("Content-Type: image/png"))
        let png = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("assets/logo.png")))
        #expect(MIMEParts.base64(logo.body) == png)
        let contentID = try #require(logo.headers.split(separator: "\r\n").first { $0.hasPrefix("Content-ID: <") })
            .dropFirst("Content-ID: <".count).dropLast()
        #expect(email.html.contains("src=\"cid:\(contentID)\""))
        #expect(!email.html.contains("https://www.autoservice-herald.example/logo.png"))
    }

    @Test func theDemoInvoicePDFsAreAttached() throws {
        let (message, _) = try demoEmail()
        let eml = String(decoding: message.bytes, as: UTF8.self)
        let folder = AttachmentFolder.defaultDirectory(forInput: Self.input)
        #expect(message.plan.invoices.count >= 1)
        for invoice in message.plan.invoices {
            let part = try #require(MIMEParts.part(in: eml, containing: "filename=\"invoice-\(invoice.number).pdf\""))
            #expect(part.headers.contains("Content-Type: application/pdf"))
            let file = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(invoice.number).pdf")))
            #expect(MIMEParts.base64(part.body) == file)
        }
    }

    @Test func lettersIgnoreThePDFAndLinkNoCID() throws {
        let message = try #require(try composeDemoCustomer(channel: .letter).message)
        #expect(message.channel == .letter)
        guard case .object(let data) = message.templateData.value,
            case .object(let fields)? = data.first(where: { $0.key == "message" })?.value
        else {
            Issue.record("the template data has no message object")
            return
        }
        #expect(fields.first { $0.key == "logo_src" }?.value == .string("https://www.autoservice-herald.example/logo.png"))
    }

    enum Unexpected: Error { case channel(ChannelKind) }
}
