import Foundation
import HeraldTesting
import Testing

/// The shipped hand-over stages `require` a final notice sent at least 14 days before. On the
/// bundled examples, a first run hands nobody over; a run two weeks later, on the same outbox,
/// hands over exactly customers whose final notice the ledger dates to the first run.
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

        let second = try run(asOf: "2026-12-13")
        let handedOver = second.filter { $0.stage == "collection-handover" }
        #expect(!handedOver.isEmpty)
        #expect(handedOver.allSatisfy { $0.as_of == "2026-12-13" })
        let noticed = Set(first.filter { $0.stage == "final-notice" }.map(\.customer_id))
        let missing = handedOver.map(\.customer_id).filter { !noticed.contains($0) }
        #expect(missing.isEmpty, "handed over without a final notice on 2026-11-29: \(missing)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: handoverFolder).filter { $0.hasSuffix(".csv") }.count == 1)
    }
}
