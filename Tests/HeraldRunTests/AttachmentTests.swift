import Foundation
import HeraldLiquid
import HeraldModel
import HeraldOutbox
import HeraldPolicy
import HeraldRun
import HeraldTesting
import Logging
import Testing

/// Invoice PDFs (the invoices' `pdf` field) and the embedded logo, through `MessageComposer`.
@Suite struct AttachmentTests {
    /// Bytes that start like a PDF and cover every byte value, so base64 must round-trip exactly.
    static let pdf: [UInt8] = Array("%PDF-1.4\n".utf8) + (0...255).map { UInt8($0) }

    let folder: TemporaryFolder
    let attachments: URL

    init() throws {
        folder = try TemporaryFolder(prefix: "herald-run-tests")
        attachments = folder.child("attachments")
        try FileManager.default.createDirectory(at: attachments.appendingPathComponent("2026"), withIntermediateDirectories: true)
        try Data(Self.pdf).write(to: attachments.appendingPathComponent("2026/invoice.pdf"))
        try Data(Self.pdf).write(to: folder.child("outside.pdf"))
    }

    /// C001 of the fixtures (a reliable customer who gets a reminder-1 email for invoice I001),
    /// decoded from its input line with a `pdf` field added.
    static func customer(pdf: String, number: String = "I001") throws -> Customer {
        let text = try String(contentsOf: RunFixtures.customersFile, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains(#""customer_id": "C001""#) })
            .replacingOccurrences(of: #""description": "Service I001""#, with: #""description": "Service I001", "pdf": "\#(pdf)""#)
            .replacingOccurrences(of: #""invoice_number": "I001""#, with: #""invoice_number": "\#(number)""#)
        return try RecordDecoder.decodeJSONLine(Array(line.utf8), lineNumber: 1).get()
    }

    func compose(pdf: String, number: String = "I001", maximumBytes: Int = AttachmentFolder.defaultMaximumBytes)
        throws -> ComposedOutcome
    {
        var context = try RunFixtures.context()
        context.attachments = AttachmentFolder(directory: attachments, maximumBytes: maximumBytes)
        return MessageComposer(context: context).compose(
            customer: try Self.customer(pdf: pdf, number: number), asOf: RunFixtures.asOf, alreadySent: [:])
    }

    @Test func anInvoicePDFIsAttachedAsMultipartMixed() throws {
        let outcome = try compose(pdf: "2026/invoice.pdf")
        let message = try #require(outcome.message)
        let number = try #require(message.plan.invoices.first?.number)
        let eml = String(decoding: message.bytes, as: UTF8.self)
        #expect(eml.contains("Content-Type: multipart/mixed;"))
        let part = try #require(MIMEParts.part(in: eml, containing: "filename=\"invoice-\(number).pdf\""))
        #expect(part.headers.contains("Content-Type: application/pdf;\r\n name=\"invoice-\(number).pdf\""))
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
        #expect(try compose(pdf: "2026").rejection?.code == "attachment.unreadable")
    }

    @Test func theRunSendsTheGoodPDFAndReportsTheMissingOne() throws {
        let line = #"{"customer_id": "P1", "locale": "en-GB", "preferred_channel": "email", "email": "p1@example.com", "invoices": [{"invoice_number": "I-1", "due_date": "2026-11-20", "amount": "10.00", "currency": "EUR", "status": "open", "pdf": "PDF"}]}"#
        let input = folder.child("customers.jsonl")
        let lines = [line.replacingOccurrences(of: "PDF", with: "2026/invoice.pdf"),
            line.replacingOccurrences(of: "P1", with: "P2").replacingOccurrences(of: "PDF", with: "gone.pdf")]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        var context = try RunFixtures.context()
        context.attachments = AttachmentFolder(directory: AttachmentFolder.defaultDirectory(forInput: input))
        let outbox = folder.child("outbox")
        let summary = try DunningRun.execute(
            context: context, options: RunOptions(input: input, outbox: outbox, asOf: RunFixtures.asOf, jobs: 2),
            logger: Logger(label: "test.attachments"))
        #expect(summary.messageCount == 1)
        #expect(summary.rejects == ["attachment.missing": 1])
        #expect(summary.exitStatus == 3)
        let text = try String(contentsOf: outbox.appendingPathComponent("rejects/\(summary.runID).jsonl"), encoding: .utf8)
        let record = try JSONDecoder().decode(RejectRecord.self, from: Data(text.utf8.prefix { $0 != 10 }))
        #expect(record.customerID == "P2")
        #expect(record.message.contains("invoice 'I-1': attachment 'gone.pdf' does not exist"))
        let eml = try #require(TemporaryFolder.files(in: outbox).first { $0.hasPrefix("email/new/") })
        let bytes = String(decoding: try TemporaryFolder.bytes(outbox.appendingPathComponent(eml)), as: UTF8.self)
        #expect(bytes.contains("filename=\"invoice-I-1.pdf\""))
    }

    @Test func withoutAnAttachmentSourceThePDFFieldIsIgnored() throws {
        let composer = MessageComposer(context: try RunFixtures.context())
        let outcome = composer.compose(customer: try Self.customer(pdf: "missing.pdf"), asOf: RunFixtures.asOf, alreadySent: [:])
        let message = try #require(outcome.message)
        #expect(!String(decoding: message.bytes, as: UTF8.self).contains("multipart/mixed"))
    }
}
