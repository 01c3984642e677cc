import Foundation
import HeraldOutbox
import Logging
import Testing

@Suite struct OutboxLedgerTests {
    @Test func ledgerLineHasTheDocumentedFields() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(runID: "r1", asOf: "2026-11-29")
        let file = try outbox.commit([item("k1", customer: "C9", stage: "final-notice")]).written[0].file
        outbox.close()
        let line = try #require(try fixture.ledgerLines().first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["key", "customer_id", "stage", "channel", "invoices", "file", "run_id", "as_of"])
        #expect(object["key"] as? String == "k1")
        #expect(object["customer_id"] as? String == "C9")
        #expect(object["stage"] as? String == "final-notice")
        #expect(object["channel"] as? String == "email")
        #expect(object["invoices"] as? [String] == ["INV-k1"])
        #expect(object["file"] as? String == file)
        #expect(object["run_id"] as? String == "r1")
        #expect(object["as_of"] as? String == "2026-11-29")
    }

    @Test func awkwardTextInAnEntryReadsBackUnchanged() throws {
        let fixture = try OutboxFixture()
        let awkward = "C\"1\\ \n\t\u{1}\u{7F} Müller \u{2028}/😀"
        let first = try fixture.open(runID: "a")
        try first.commit([item("k1", customer: awkward, stage: "final-notice")])
        first.close()
        let second = try fixture.open(runID: "b")
        defer { second.close() }
        let entries = second.sent(toCustomer: awkward)
        #expect(entries.map(\.key) == ["k1"])
        #expect(entries.map(\.stage) == ["final-notice"])
        #expect(try Outbox.sent(at: fixture.url, toCustomer: awkward) == entries, "read without opening, the escaped id is found")
        #expect(try fixture.ledgerLines().count == 1)
    }

    /// The ledger is read in 1 MiB chunks: lines that straddle a chunk's end, and a torn last
    /// line, must come out exactly as when the file was read whole.
    @Test func aLedgerLargerThanOneReadLoadsEveryEntry() throws {
        let fixture = try OutboxFixture()
        let count = 9_000
        var text = ""
        for index in 0..<count {
            let key = String(format: "%016llx", UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
            let stage = index % 3 == 0 ? "collection-handover" : "reminder-1"
            text += #"{"as_of":"2026-11-\#(10 + index % 20)","channel":"email","customer_id":"C\#(index % 2_000)","#
                + #""file":"r.\#(index).\#(key).eml","invoices":["INV-\#(index)","INV-\#(index + 1)"],"#
                + #""key":"\#(key)","run_id":"day-\#(index % 4)","stage":"\#(stage)","note":"\#(String(repeating: "x", count: index % 97))"}"#
                + "\n"
        }
        try fixture.write(text + #"{"as_of":"2026-11-29","chan"#, to: "ledger.jsonl")
        #expect(text.utf8.count > 2 << 20, "the ledger spans more than two reads")

        let outbox = try fixture.open(runID: "day-1", options: OutboxOptions(keepsEntries: false))
        defer { outbox.close() }
        #expect(outbox.recovery.droppedTornLedgerLine)
        let keys = (0..<count).map { String(format: "%016llx", UInt64($0) &* 0x9E37_79B9_7F4A_7C15) }
        #expect(keys.allSatisfy(outbox.isAlreadySent))
        let sent = outbox.sentMessages
        #expect(sent.count == count)
        #expect(
            sent.messages(toCustomer: "C1999").map(\.invoices)
                == [["INV-1999", "INV-2000"], ["INV-3999", "INV-4000"], ["INV-5999", "INV-6000"], ["INV-7999", "INV-8000"]])
        #expect(sent.messages(toCustomer: "C3").first == SentMessage(stage: "collection-handover", invoices: ["INV-3", "INV-4"], asOf: "2026-11-13"))
        #expect(sent.messages(toCustomer: "C2000").isEmpty)
        #expect(outbox.ledgerEntries.isEmpty, "entries are not kept in a run")
        // day-1 committed every fourth entry: its next file continues their numbering.
        let written = try outbox.commit([item("fresh")]).written
        #expect(written.first?.file.hasPrefix("day-1.002251.") == true, "\(written.map(\.file))")
    }

    @Test func oneCustomersEntriesAreReadWithoutOpeningTheOutbox() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(runID: "r1")
        try outbox.commit([item("k1", customer: "C1"), item("k2", customer: "C12"), item("k3", customer: "C1", stage: "reminder-2")])
        outbox.close()
        try fixture.append(#"{"as_of":"2026-11-29","customer_id":"C1","#, to: "ledger.jsonl")  // a torn last line
        let entries = try Outbox.sent(at: fixture.url, toCustomer: "C1")
        #expect(entries.map(\.key) == ["k1", "k3"], "C12 holds C1's bytes but is another customer")
        #expect(entries.map(\.stage) == ["reminder-1", "reminder-2"])
        #expect(try Outbox.sent(at: fixture.url.appendingPathComponent("missing"), toCustomer: "C1").isEmpty)
    }

    /// Reading one customer's lines judges a line as loading does: an entry naming a path
    /// outside its folder is damage, and so is a garbled line before the last.
    @Test func oneCustomersDamagedLinesAreReportedAsLoadingReportsThem() throws {
        let fixture = try OutboxFixture()
        let unsafe = #"{"as_of":"2026-11-29","channel":"email","customer_id":"C1","file":"../escape.eml","invoices":["I1"],"key":"k1","run_id":"r","stage":"reminder-1"}"#
        try fixture.write(unsafe + "\n" + #"{"as_of":"2026-11-29","customer_id":"C2"}"# + "\n", to: "ledger.jsonl")
        let unsafeError = #expect(throws: (any Error).self) { try Outbox.sent(at: fixture.url, toCustomer: "C1") }
        #expect(codes(of: try #require(unsafeError)) == ["outbox.ledger-corrupt"])
        let loadError = #expect(throws: (any Error).self) { try fixture.open() }
        #expect(codes(of: try #require(loadError)) == ["outbox.ledger-corrupt"])
    }

    @Test func secondRunSendsNothingAlreadySentEvenAfterAgentTookTheFiles() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open(runID: "day1")
        try first.commit([item("k1"), item("k2")])
        first.close()
        // A delivery agent claims and deletes the files.
        for name in try fixture.names("email/new") {
            try FileManager.default.removeItem(at: fixture.url.appendingPathComponent("email/new/\(name)"))
        }
        let second = try fixture.open(runID: "day1-rerun")
        defer { second.close() }
        #expect(second.isAlreadySent("k1"))
        #expect(second.isAlreadySent("k2"))
        #expect(!second.isAlreadySent("k3"))
        let result = try second.commit([item("k1"), item("k2"), item("k3")])
        #expect(result.skippedKeys == ["k1", "k2"])
        #expect(result.written.map(\.key) == ["k3"])
        #expect(try fixture.names("email/new").count == 1)
        #expect(try fixture.ledgerLines().count == 3)
    }

    @Test func duplicateKeysInOneBatchAreWrittenOnce() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        defer { outbox.close() }
        let result = try outbox.commit([item("k1", body: "first"), item("k1", body: "second")])
        #expect(result.written.count == 1)
        #expect(result.skippedKeys == ["k1"])
        let name = try #require(try fixture.names("email/new").first)
        #expect(try fixture.contents("email/new/\(name)") == "first")
    }

    @Test func sentToCustomerListsThatCustomersEntriesInOrder() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open(runID: "a")
        try first.commit([item("k1", customer: "C1", stage: "reminder-1"), item("k2", customer: "C2")])
        first.close()
        let second = try fixture.open(runID: "b")
        defer { second.close() }
        try second.commit([item("k3", customer: "C1", stage: "reminder-2")])
        let entries = second.sent(toCustomer: "C1")
        #expect(entries.map(\.key) == ["k1", "k3"])
        #expect(entries.map(\.stage) == ["reminder-1", "reminder-2"])
        #expect(entries.map(\.runID) == ["a", "b"])
        #expect(second.sent(toCustomer: "nobody").isEmpty)
        #expect(second.ledgerEntries.count == 3)
    }

    @Test func rerunWithSameRunIDContinuesTheSequence() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open(runID: "same")
        try first.commit([item("k1"), item("k2")])
        first.close()
        let second = try fixture.open(runID: "same")
        defer { second.close() }
        let file = try second.commit([item("k3")]).written[0].file
        #expect(file.hasPrefix("same.000003."))
    }

    @Test func dryRunWritesNothingButAnswersLikeARealRun() throws {
        let fixture = try OutboxFixture()
        let real = try fixture.open(runID: "real")
        try real.commit([item("k1")])
        real.close()
        let ledgerBefore = try fixture.contents("ledger.jsonl")
        let newBefore = try fixture.names("email/new")
        let runsBefore = try fixture.names("runs")

        let dry = try fixture.open(runID: "dry", options: OutboxOptions(dryRun: true))
        defer { dry.close() }
        #expect(dry.isAlreadySent("k1"))
        let result = try dry.commit([item("k1"), item("k2"), item("k2")])
        #expect(result.written.map(\.key) == ["k2"])
        #expect(result.skippedKeys == ["k1", "k2"])
        #expect(dry.isAlreadySent("k2"))
        try dry.writeRejects([RejectRecord(line: 1, customerID: "C1", code: "x.y", message: "bad")])
        let manifest = try dry.finish(manifest: RunManifest(input: "in.jsonl"))
        #expect(manifest.dryRun)
        #expect(manifest.fileCount == 1)
        #expect(manifest.filesList == nil)
        #expect(manifest.rejects == 1)
        #expect(try fixture.contents("ledger.jsonl") == ledgerBefore)
        #expect(try fixture.names("email/new") == newBefore)
        #expect(try fixture.names("runs") == runsBefore)
        #expect(try fixture.names("rejects") == [])
    }

    @Test func dryRunOnAMissingOutboxCreatesNothing() throws {
        let fixture = try OutboxFixture()
        let target = fixture.url.appendingPathComponent("not-yet")
        let dry = try Outbox.open(
            at: target, runID: "d", asOf: "2026-11-29", options: OutboxOptions(dryRun: true), logger: .init(label: "t"))
        try dry.commit([item("k1")])
        dry.close()
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
