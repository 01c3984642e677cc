import Foundation
import HeraldOutbox
import Testing

/// Companion files (a letter's print manifest) and the key-only index a dunning run uses.
@Suite struct OutboxCompanionTests {
    func letter(_ key: String) -> OutboxItem {
        var letter = item(key, folder: .letter, ext: "xhtml", body: "<letter/>")
        letter.companion = OutboxCompanion(fileExtension: "xml") { Array("<manifest file=\"\($0)\"/>".utf8) }
        return letter
    }

    @Test func companionIsPublishedBesideItsMessageAndNamesIt() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        defer { outbox.close() }
        let entry = try #require(try outbox.commit([letter("k1")]).written.first)
        let companion = try #require(entry.companionFile)
        #expect(companion == entry.file.replacingOccurrences(of: ".xhtml", with: ".xml"))
        #expect(try fixture.names("letter/new") == [entry.file, companion].sorted())
        #expect(try fixture.contents("letter/new/\(companion)") == "<manifest file=\"\(entry.file)\"/>")
        #expect(try fixture.ledgerLines().first?.contains("\"companion_file\":\"\(companion)\"") == true)
        let manifest = try outbox.finish(manifest: RunManifest(input: "in.jsonl"))
        #expect(manifest.fileCount == 2)
        #expect(try fixture.contents("runs/run-1.files") == "letter/new/\(entry.file)\nletter/new/\(companion)\n")
    }

    @Test func committedCompanionLeftInTmpIsPublishedOnOpen() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open()
        let entry = try #require(try first.commit([letter("k1")]).written.first)
        first.close()
        let companion = try #require(entry.companionFile)
        try fixture.move("letter/new/\(companion)", to: "letter/tmp/\(companion)")
        let second = try fixture.open(runID: "run-2")
        defer { second.close() }
        #expect(second.recovery.published == ["letter/new/\(companion)"])
        #expect(second.recovery.discarded.isEmpty)
    }

    @Test func companionWithTheMessagesExtensionIsRefused() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        defer { outbox.close() }
        var bad = letter("k1")
        bad.companion = OutboxCompanion(fileExtension: "xhtml") { _ in [] }
        let error = #expect(throws: (any Error).self) { try outbox.commit([bad]) }
        #expect(codes(of: error ?? CocoaError(.fileNoSuchFile)) == ["outbox.invalid-extension"])
    }

    @Test func keyOnlyIndexStillRefusesDuplicates() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(options: OutboxOptions(indexesCommittedEntries: false))
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
