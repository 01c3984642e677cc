import Foundation
import HeraldTesting
import Testing

/// `herald run --dry-run --list FILE` on the bundled examples: the proposal a credit controller
/// reviews, one row per message the summary counts and per customer held, and nothing in the outbox.
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
        #expect(result.stdout.contains("dunning list → \(list.path) (\(total) messages, 2 held)"), "\(result.stdout)")
        let script = """
            import csv, sys
            from decimal import Decimal
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                rows = list(csv.DictReader(f))
            proposed = [r for r in rows if r["status"] == "proposed"]
            held = sorted(r["customer_id"] + ":" + r["invoice_numbers"] for r in rows if r["status"] == "held")
            print(len(proposed), len({r["customer_id"] for r in proposed}), sorted({r["channel"] for r in proposed}), held)
            totals = {}
            for r in proposed:
                totals[r["currency"]] = totals.get(r["currency"], Decimal(0)) + Decimal(r["amount"])
            print("amount in these messages: " + " · ".join(f"{c} {totals[c]:,.2f}" for c in sorted(totals)))
            """
        let counted = try HeraldProcess.runTool(["python3", "-c", script, list.path])
        let lines = counted.stdout.split(separator: "\n").map(String.init)
        // One row per message, one message per customer, in every channel; and the customer on
        // hold and the one who promised to pay.
        #expect(
            lines.first == "\(total) \(total) ['email', 'letter', 'sms'] ['C000207:INV-2026-01449', 'C000219:INV-2026-01289']",
            "\(counted.combined)")
        // The summary's amounts are the list's, added up independently (Python's Decimal).
        let amounts = try #require(lines.dropFirst().first)
        #expect(result.lines.contains(amounts), "summary: \(result.stdout)\nlist: \(amounts)")
        #expect(amounts.contains("EUR ") && amounts.contains("GBP "))
        #expect(!FileManager.default.fileExists(atPath: outbox.path))
    }
}
