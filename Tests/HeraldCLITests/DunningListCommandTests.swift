import Foundation
import HeraldTesting
import Testing

/// `herald run --dry-run --list FILE` on the bundled examples: the proposal a credit controller
/// reviews, one row per message the summary counts, and nothing in the outbox.
@Suite struct DunningListCommandTests {
    @Test func theProposalHasARowForEveryMessageTheSummaryCounts() throws {
        let scratch = try ScratchDirectory()
        let list = scratch.url.appendingPathComponent("proposal.csv")
        let outbox = scratch.url.appendingPathComponent("outbox")
        let result = try HeraldProcess.run([
            "run", "--as-of", "2026-11-29", "--outbox", outbox.path, "--dry-run", "--no-progress", "--list", list.path,
        ])
        #expect(result.status == 3, "the examples hold deliberately broken records: \(result.combined)")
        let total = try #require(result.lines.first { $0.hasPrefix("total") }?.split(separator: " ").last)
        #expect(result.stdout.contains("dunning list \(total) rows → \(list.path)"), "\(result.stdout)")
        let script = """
            import csv, sys
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                rows = list(csv.reader(f))
            print(len(rows) - 1, len({r[0] for r in rows[1:]}), sorted({r[6] for r in rows[1:]}))
            """
        let counted = try HeraldProcess.runTool(["python3", "-c", script, list.path])
        // One row per message, one message per customer, in every channel.
        #expect(counted.stdout == "\(total) \(total) ['email', 'letter', 'sms']\n", "\(counted.combined)")
        #expect(!FileManager.default.fileExists(atPath: outbox.path))
    }
}
