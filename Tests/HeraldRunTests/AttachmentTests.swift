import Foundation
import HeraldLiquid
import HeraldModel
import HeraldRun
import Testing

/// Invoice PDFs (the invoices' `pdf` field) and the embedded logo, through `MessageComposer`.
@Suite struct AttachmentTests {
    /// Bytes that start like a PDF and cover every byte value, so base64 must round-trip exactly.
    static let pdf: [UInt8] = Array("%PDF-1.4\n".utf8) + (0...255).map { UInt8($0) }

    let folder: TemporaryFolder
    let attachments: URL

    init() throws {
        folder = try TemporaryFolder()
        attachments = folder.child("attachments")
        try FileManager.default.createDirectory(at: attachments.appendingPathComponent("2026"), withIntermediateDirectories: true)
        try Data(Self.pdf).write(to: attachments.appendingPathComponent("2026/invoice.pdf"))
        try Data(Self.pdf).write(to: folder.child("outside.pdf"))
    }

    /// C001 (a reliable customer who gets a reminder-1 email) with `pdf` on every open invoice.
    func compose(pdf: String, number: String? = nil, maximumBytes: Int = AttachmentFolder.defaultMaximumBytes)
        throws -> ComposedOutcome
    {
        var context = try RunFixtures.context()
        context.attachments = AttachmentFolder(directory: attachments, maximumBytes: maximumBytes)
        var customer = try RunFixtures.customer("C001")
        for index in customer.invoices.indices where customer.invoices[index].status == .open {
            customer.invoices[index].extra["pdf"] = .string(pdf)
            if let number { customer.invoices[index].number = number }
        }
        return MessageComposer(context: context).compose(customer: customer, asOf: RunFixtures.asOf, alreadySent: [])
    }

    @Test func anInvoicePDFIsAttachedAsMultipartMixed() throws {
        let outcome = try compose(pdf: "2026/invoice.pdf")
        let message = try #require(outcome.message)
        let number = try #require(message.plan.invoices.first?.number)
        let eml = String(decoding: message.bytes, as: UTF8.self)
        #expect(eml.contains("Content-Type: multipart/mixed;"))
        let part = try #require(MIMEParts.part(in: eml, containing: "filename=\"invoice-\(number).pdf\""))
        #expect(part.headers.contains("Content-Type: application/pdf; name=\"invoice-\(number).pdf\""))
        #expect(part.headers.contains("Content-Disposition: attachment;"))
        #expect(part.headers.contains("Content-Transfer-Encoding: base64"))
        #expect(MIMEParts.base64(part.body) == Self.pdf)
        #expect(!eml.contains("2026/invoice.pdf"), "the input's path never reaches the message")
    }

    @Test func theFileNameComesFromTheSanitisedInvoiceNumber() throws {
        let message = try #require(try compose(pdf: "2026/invoice.pdf", number: "../INV 7/ä").message)
        let eml = String(decoding: message.bytes, as: UTF8.self)
        #expect(eml.contains("filename=\"invoice-INV-7.pdf\""))
        #expect(!eml.contains("filename=\"..") && !eml.contains("name=\"../"))
    }

    @Test(arguments: ["../outside.pdf", "/etc/passwd", "2026/../../outside.pdf", "./2026/invoice.pdf", "2026//invoice.pdf"])
    func aPathOutOfTheFolderIsRejected(_ path: String) throws {
        let rejection = try #require(try compose(pdf: path).rejection)
        #expect(rejection.code == "attachment.outside-folder")
        #expect(rejection.reason.contains(path))
    }

    @Test func aSymbolicLinkOutOfTheFolderIsRejected() throws {
        try FileManager.default.createSymbolicLink(
            at: attachments.appendingPathComponent("link.pdf"), withDestinationURL: folder.child("outside.pdf"))
        let rejection = try #require(try compose(pdf: "link.pdf").rejection)
        #expect(rejection.code == "attachment.outside-folder")
    }

    @Test func aMissingFileRejectsTheMessageWithTheInvoiceNumber() throws {
        let outcome = try compose(pdf: "2026/missing.pdf")
        let rejection = try #require(outcome.rejection)
        #expect(rejection.code == "attachment.missing")
        #expect(rejection.reason.contains("invoice '"))
        #expect(rejection.reason.contains("2026/missing.pdf"))
    }

    @Test func anOversizeOrNonPDFFileIsRejected() throws {
        #expect(try compose(pdf: "2026/invoice.pdf", maximumBytes: 100).rejection?.code == "attachment.too-large")
        try Data("hello".utf8).write(to: attachments.appendingPathComponent("note.pdf"))
        #expect(try compose(pdf: "note.pdf").rejection?.code == "attachment.not-pdf")
    }

    @Test func withoutAnAttachmentSourceThePDFFieldIsIgnored() throws {
        var customer = try RunFixtures.customer("C001")
        for index in customer.invoices.indices { customer.invoices[index].extra["pdf"] = "missing.pdf" }
        let composer = MessageComposer(context: try RunFixtures.context())
        let message = try #require(composer.compose(customer: customer, asOf: RunFixtures.asOf, alreadySent: []).message)
        #expect(!String(decoding: message.bytes, as: UTF8.self).contains("multipart/mixed"))
    }
}
