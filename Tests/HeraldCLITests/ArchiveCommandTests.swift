import Foundation
import HeraldTesting
import Testing

/// `herald archive` through the binary, on an outbox of the bundled examples.
@Suite struct ArchiveCommandTests {
    struct Summary: Decodable {
        var archived: Int
        var kept: Int
        var kept_open: Int
        var archive_file: String?
        var dry_run: Bool
    }

    @Test func archivesOnlyWhatTheCurrentInputNoLongerHasOpen() throws {
        let folder = try TemporaryFolder(prefix: "herald-archive-cli")
        let outbox = folder.child("outbox").path
        let sent = try HeraldProcess.run([
            "run", "--as-of", "2026-11-29", "--input", "examples/customers.jsonl", "--outbox", outbox, "--no-progress",
        ])
        try #require([0, 3].contains(sent.status), "herald run failed: \(sent.stderr)")
        let ledger = try String(contentsOfFile: outbox + "/ledger.jsonl", encoding: .utf8)
        let lineCount = ledger.split(separator: "\n").count
        try #require(lineCount > 100)

        // The same input three months on: every invoice Herald wrote about is still open.
        let stillOpen = try HeraldProcess.run([
            "archive", "--as-of", "2027-03-01", "--input", "examples/customers.jsonl", "--outbox", outbox, "--dry-run",
        ])
        #expect(stillOpen.status == 0, "\(stillOpen.stderr)")
        #expect(stillOpen.stdout.contains("would archive 0 ledger lines (settled invoices, sent on or before 2026-12-01)"))
        #expect(stillOpen.stdout.contains("kept \(lineCount) · invoice still open or disputed \(lineCount)"))

        // An input without any of those customers: everything was settled.
        let empty = try folder.write("settled.jsonl", "")
        let settled = try HeraldProcess.run([
            "archive", "--as-of", "2027-03-01", "--input", empty.path, "--outbox", outbox, "--format", "json",
        ])
        #expect(settled.status == 0, "\(settled.stderr)")
        let summary = try JSONDecoder().decode(Summary.self, from: Data(settled.stdout.utf8))
        #expect(summary.archived == lineCount)
        #expect(summary.kept == 0)
        #expect(summary.archive_file == "ledger-archive/2027-03-01.jsonl")
        #expect(try String(contentsOfFile: outbox + "/ledger-archive/2027-03-01.jsonl", encoding: .utf8) == ledger)
        #expect(try String(contentsOfFile: outbox + "/ledger.jsonl", encoding: .utf8).isEmpty)
    }

    @Test func badArgumentsAndAMissingInputSayWhatToDo() throws {
        let folder = try TemporaryFolder(prefix: "herald-archive-cli")
        let negative = try HeraldProcess.run(["archive", "--older-than=-1", "--outbox", folder.path])
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("--older-than must be 0 or more days"))

        let missing = try HeraldProcess.run([
            "archive", "--input", folder.child("nope.jsonl").path, "--outbox", folder.child("outbox").path,
        ])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("run.unreadable-input"))
        #expect(missing.stderr.contains("nope.jsonl"))
    }
}
