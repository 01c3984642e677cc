import Foundation
import HeraldTesting
import Testing

/// The shipped hand-over stages `require` a final notice sent at least 14 days before. On the
/// bundled examples, a first run hands nobody over, nor does a run a week later; a run two
/// weeks after the first, on the same outbox, hands over only customers whose final notice
/// the ledger dates to the first run, and `explain` says why the hand-over waited.
@Suite struct HandoverFollowsFinalNoticeTests {
    struct LedgerLine: Decodable {
        var customer_id: String
        var stage: String
        var as_of: String
    }

    @Test func aHandoverComesOnlyAfterTheFinalNoticeAndItsWait() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("herald-handover-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outbox = scratch.appendingPathComponent("outbox")
        func run(asOf: String) throws -> [LedgerLine] {
            let result = try HeraldProcess.run([
                "run", "--as-of", asOf, "--input", "examples/customers.jsonl", "--outbox", outbox.path, "--no-progress",
            ])
            try #require([0, 3].contains(result.status), "herald run failed: \(result.stderr)")
            let ledger = try String(contentsOf: outbox.appendingPathComponent("ledger.jsonl"), encoding: .utf8)
            return try ledger.split(separator: "\n").map { try JSONDecoder().decode(LedgerLine.self, from: Data($0.utf8)) }
        }

        let first = try run(asOf: "2026-11-29")
        #expect(!first.contains { $0.stage == "collection-handover" })
        let handoverFolder = outbox.appendingPathComponent("handover/new").path
        #expect((try? FileManager.default.contentsOfDirectory(atPath: handoverFolder))?.isEmpty ?? true)

        let weekLater = try run(asOf: "2026-12-06")
        #expect(!weekLater.contains { $0.stage == "collection-handover" }, "the final notices are only 7 days old")

        let second = try run(asOf: "2026-12-13")
        let handedOver = second.filter { $0.stage == "collection-handover" }
        #expect(!handedOver.isEmpty)
        #expect(handedOver.allSatisfy { $0.as_of == "2026-12-13" })
        let noticed = Set(first.filter { $0.stage == "final-notice" }.map(\.customer_id))
        let missing = handedOver.map(\.customer_id).filter { !noticed.contains($0) }
        #expect(missing.isEmpty, "handed over without a final notice on 2026-11-29: \(missing)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: handoverFolder).filter { $0.hasSuffix(".csv") }.count == 1)

        let customer = try #require(handedOver.first).customer_id
        let explained = try HeraldProcess.run([
            "explain", "--customer", customer, "--as-of", "2026-12-13", "--input", "examples/customers.jsonl",
            "--outbox", scratch.appendingPathComponent("empty").path, "--format", "json",
        ])
        #expect(explained.stdout.contains(#""held_back":"'collection-handover' waits for 'final-notice' (not sent yet), then 14 days""#))
    }
}
