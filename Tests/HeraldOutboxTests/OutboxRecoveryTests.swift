import Foundation
import HeraldDiagnostics
import HeraldOutbox
import Testing

/// Crashes are simulated by leaving the outbox in the state each step of a commit leaves it in.
@Suite struct OutboxRecoveryTests {
    @Test func crashBeforeLedgerAppendDiscardsUncommittedTmpFiles() throws {
        let fixture = try OutboxFixture()
        try fixture.open().close()
        // Step 1 done, step 2 not: files in tmp/, no ledger line.
        try fixture.write("partial", to: "email/tmp/run-1.000001.0123456789abcdef.eml")
        try fixture.write("partial", to: "handover/tmp/run-1.000002.0123456789abcdef.csv")
        let outbox = try fixture.open()
        defer { outbox.close() }
        #expect(outbox.recovery.discarded.sorted() == [
            "email/tmp/run-1.000001.0123456789abcdef.eml", "handover/tmp/run-1.000002.0123456789abcdef.csv",
        ])
        #expect(outbox.recovery.published.isEmpty)
        #expect(try fixture.names("email/tmp") == [])
        #expect(try fixture.names("email/new") == [])
        #expect(!outbox.isAlreadySent("k1"))
        // The rerun renders and sends the message.
        #expect(try outbox.commit([item("k1")]).written.count == 1)
        #expect(try fixture.names("email/new").count == 1)
    }

    @Test func crashAfterLedgerAppendPublishesCommittedFilesOnOpen() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open()
        let written = try first.commit([item("k1"), item("k2", folder: .sms, ext: "json")]).written
        first.close()
        // Step 2 done, step 3 not: move the files back to tmp/.
        for entry in written {
            try fixture.move("\(entry.channel.rawValue)/new/\(entry.file)", to: "\(entry.channel.rawValue)/tmp/\(entry.file)")
        }
        let second = try fixture.open(runID: "run-2")
        defer { second.close() }
        #expect(second.recovery.published.sorted() == written.map(\.relativePath).sorted())
        #expect(try fixture.names("email/new") == [written[0].file])
        #expect(try fixture.names("sms/new") == [written[1].file])
        #expect(try fixture.names("email/tmp") == [])
        #expect(try second.commit([item("k1"), item("k2", folder: .sms, ext: "json")]).written.isEmpty)
        #expect(try fixture.names("email/new").count == 1)
    }

    @Test func crashInTheMiddleOfRenamingPublishesTheRest() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open()
        let written = try first.commit([item("k1"), item("k2"), item("k3")]).written
        first.close()
        try fixture.move("email/new/\(written[2].file)", to: "email/tmp/\(written[2].file)")
        let second = try fixture.open()
        defer { second.close() }
        #expect(second.recovery.published == ["email/new/\(written[2].file)"])
        #expect(try fixture.names("email/new") == written.map(\.file).sorted())
    }

    @Test func committedLeftoverAlreadyPublishedIsNotPublishedTwice() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open()
        let written = try first.commit([item("k1"), item("k2")]).written
        first.close()
        // A stale tmp copy of a file that is in new/, and of one an agent moved to cur/.
        try fixture.write("copy", to: "email/tmp/\(written[0].file)")
        try fixture.move("email/new/\(written[1].file)", to: "email/cur/\(written[1].file):2,S")
        try fixture.write("copy", to: "email/tmp/\(written[1].file)")
        let second = try fixture.open()
        defer { second.close() }
        #expect(second.recovery.published.isEmpty)
        #expect(try fixture.names("email/tmp") == [])
        #expect(try fixture.names("email/new") == [written[0].file])
        #expect(try fixture.contents("email/new/\(written[0].file)") != "copy")
    }

    @Test func tornLastLedgerLineIsDroppedAndTruncated() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open()
        try first.commit([item("k1")])
        first.close()
        let intact = try fixture.contents("ledger.jsonl")
        // A crash in the middle of appending the next batch: half a line, and its tmp file.
        try fixture.append(#"{"as_of":"2026-11-29","channel":"email","customer_id":"C1","file":"run-1.000002.aaaaaaaaaaaaaaaa.eml","invo"#, to: "ledger.jsonl")
        try fixture.write("x", to: "email/tmp/run-1.000002.aaaaaaaaaaaaaaaa.eml")
        let second = try fixture.open()
        #expect(second.recovery.droppedTornLedgerLine)
        #expect(second.recovery.discarded == ["email/tmp/run-1.000002.aaaaaaaaaaaaaaaa.eml"])
        #expect(second.ledgerEntries.map(\.key) == ["k1"])
        #expect(try fixture.contents("ledger.jsonl") == intact)
        // Appends after the truncation start on a fresh line.
        try second.commit([item("k2")])
        second.close()
        let third = try fixture.open()
        defer { third.close() }
        #expect(third.ledgerEntries.map(\.key) == ["k1", "k2"])
        #expect(third.recovery.isClean)
        #expect(try fixture.names("email/new").count == 2)
    }

    @Test func damagedLedgerLineInTheMiddleIsADiagnosticNamingTheLine() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open()
        try first.commit([item("k1")])
        first.close()
        let good = try #require(try fixture.ledgerLines().first)
        try fixture.append("not json\n\(good.replacingOccurrences(of: "k1", with: "k2"))\n", to: "ledger.jsonl")
        let error = try #require(#expect(throws: DiagnosticError.self) { try fixture.open() })
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.code == "outbox.ledger-corrupt")
        #expect(diagnostic.location?.line == 2)
        #expect(diagnostic.location?.file.hasSuffix("ledger.jsonl") == true)
        #expect(diagnostic.message == "ledger line is not a valid entry: it is not a JSON object")
        #expect(diagnostic.help != nil)
    }
}
