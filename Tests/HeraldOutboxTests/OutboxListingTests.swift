import Foundation
import HeraldOutbox
import HeraldDiagnostics
import Testing

/// Listing files (a batch's print manifest) and the key-only index a dunning run uses.
@Suite struct OutboxListingTests {
    func letter(_ key: String) -> OutboxItem {
        var letter = item(key, folder: .letter, ext: "xhtml", body: "<letter/>")
        letter.listing = OutboxListing(fileExtension: "xml", header: Array("<batch>\n".utf8), footer: Array("</batch>\n".utf8)) {
            Array("<letter file=\"\($0)\"/>\n".utf8)
        }
        return letter
    }

    @Test func oneListingNamesEveryListedMessageOfTheBatchAndIsPublishedAfterThem() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        defer { outbox.close() }
        let result = try outbox.commit([letter("k1"), item("k2"), letter("k3")])
        let listing = try #require(result.listingFiles.first)
        #expect(result.listingFiles.count == 1)
        let letters = result.written.filter { $0.channel == .letter }.map(\.file)
        #expect(result.written.map(\.listingFile) == [listing, nil, listing])
        #expect(listing.hasSuffix(".xml"))
        #expect(try fixture.names("letter/new") == (letters + [listing]).sorted())
        #expect(
            try fixture.contents("letter/new/\(listing)")
                == "<batch>\n<letter file=\"\(letters[0])\"/>\n<letter file=\"\(letters[1])\"/>\n</batch>\n")
        #expect(try fixture.ledgerLines().filter { $0.contains("\"listing_file\":\"\(listing)\"") }.count == 2)
        let manifest = try outbox.finish(manifest: RunManifest(input: "in.jsonl"))
        #expect(manifest.fileCount == 4)
        let published = try fixture.contents("runs/run-1.files").split(separator: "\n").map(String.init)
        #expect(published.last == "letter/new/\(listing)", "the listing is published after the letters")
    }

    @Test func eachBatchHasItsOwnListing() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        defer { outbox.close() }
        let first = try outbox.commit([letter("k1")])
        let second = try outbox.commit([letter("k2")])
        #expect(first.listingFiles.count == 1)
        #expect(second.listingFiles.count == 1)
        #expect(first.listingFiles != second.listingFiles)
        #expect(try outbox.commit([item("k3")]).listingFiles.isEmpty)
    }

    @Test func committedListingLeftInTmpIsPublishedOnOpenAfterItsLetters() throws {
        let fixture = try OutboxFixture()
        // A ledger whose listing sorts before its letter by name: recovery must not go by name.
        let entry = #"{"as_of":"2026-11-29","channel":"letter","customer_id":"C1","file":"r.000002.b.xhtml","#
            + #""invoices":["I1"],"key":"k1","listing_file":"r.000001.a.xml","run_id":"r","stage":"final-notice"}"#
        try fixture.write(entry + "\n", to: "ledger.jsonl")
        for folder in ["tmp", "new", "cur"] {
            try FileManager.default.createDirectory(
                at: fixture.url.appendingPathComponent("letter/\(folder)"), withIntermediateDirectories: true)
        }
        try fixture.write("<letter/>", to: "letter/tmp/r.000002.b.xhtml")
        try fixture.write("<batch/>", to: "letter/tmp/r.000001.a.xml")
        let outbox = try fixture.open(runID: "run-2")
        defer { outbox.close() }
        #expect(outbox.recovery.published == ["letter/new/r.000002.b.xhtml", "letter/new/r.000001.a.xml"])
        #expect(outbox.recovery.discarded.isEmpty)
    }

    @Test func aLedgerFromBeforeBatchManifestsStillRecoversALettersOwnManifest() throws {
        let fixture = try OutboxFixture()
        let entry = #"{"as_of":"2026-11-29","channel":"letter","companion_file":"r.000001.a.xml","customer_id":"C1","#
            + #""file":"r.000001.a.xhtml","invoices":["I1"],"key":"k1","run_id":"r","stage":"final-notice"}"#
        try fixture.write(entry + "\n", to: "ledger.jsonl")
        for folder in ["tmp", "new", "cur"] {
            try FileManager.default.createDirectory(
                at: fixture.url.appendingPathComponent("letter/\(folder)"), withIntermediateDirectories: true)
        }
        try fixture.write("<manifest/>", to: "letter/tmp/r.000001.a.xml")
        let outbox = try fixture.open(runID: "run-2")
        defer { outbox.close() }
        #expect(outbox.recovery.published == ["letter/new/r.000001.a.xml"])
        #expect(outbox.sent(toCustomer: "C1").map(\.listingFile) == ["r.000001.a.xml"])
    }

    @Test func listingWithTheMessagesExtensionIsRefused() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        defer { outbox.close() }
        var bad = letter("k1")
        bad.listing = OutboxListing(fileExtension: "xhtml", header: [], footer: []) { _ in [] }
        let error = #expect(throws: (any Error).self) { try outbox.commit([bad]) }
        #expect(codes(of: error ?? CocoaError(.fileNoSuchFile)) == ["outbox.invalid-extension"])
        // The extension is well-formed; what is wrong is that it is the message's own.
        let diagnostic = try #require((error as? DiagnosticError)?.diagnostics.first)
        #expect(diagnostic.message.contains("is its message's own"))
        #expect(diagnostic.help?.contains("extension of its own") == true)
    }

    @Test func keyOnlyIndexStillRefusesDuplicates() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(options: OutboxOptions(keepsEntries: false))
        defer { outbox.close() }
        let key = "0123456789abcdef"
        #expect(try outbox.commit([item(key), item("not-hex")]).written.count == 2)
        let again = try outbox.commit([item(key), item("not-hex")])
        #expect(again.written.isEmpty)
        #expect(again.skippedKeys == [key, "not-hex"])
        #expect(outbox.isAlreadySent(key))
        #expect(outbox.ledgerEntries.isEmpty)
    }

    @Test func rejectsOfARerunUnderTheSameRunIDReplaceTheEarlierOnes() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open()
        try first.writeRejects([RejectRecord(line: 1, customerID: "C1", code: "input.malformed-record", message: "old")])
        first.close()
        let second = try fixture.open()
        defer { second.close() }
        try second.writeRejects([RejectRecord(line: 2, customerID: "C2", code: "input.malformed-record", message: "new")])
        try second.finish(manifest: RunManifest(input: "in.jsonl"))
        let lines = try fixture.contents("rejects/run-1.jsonl").split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("\"new\"") == true)
    }
}
