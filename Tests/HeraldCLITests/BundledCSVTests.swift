import Foundation
import HeraldTesting
import Testing

/// The bundled CSV pair (`examples/customers.csv` + `examples/invoices.csv`) holds the same
/// customers as the JSON Lines file, so a run on either writes the same messages.
@Suite struct BundledCSVTests {
    func run(input: String) throws -> (status: Int32, rejects: [String], messages: Int) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("herald-csv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outbox = scratch.appendingPathComponent("outbox")
        let result = try HeraldProcess.run([
            "run", "--as-of", "2026-11-29", "--input", input, "--outbox", outbox.path, "--no-progress",
        ])
        let rejectsFolder = outbox.appendingPathComponent("rejects")
        let rejects = try FileManager.default.contentsOfDirectory(atPath: rejectsFolder.path).flatMap {
            try String(contentsOf: rejectsFolder.appendingPathComponent($0), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
        let messages = try ["email", "sms", "letter"].reduce(0) { count, channel in
            count + (try FileManager.default.contentsOfDirectory(atPath: outbox.appendingPathComponent("\(channel)/new").path)
                .filter { !$0.hasSuffix(".xml") }.count)
        }
        return (result.status, rejects, messages)
    }

    @Test func csvAndJSONLinesGiveTheSameMessages() throws {
        let csv = try run(input: "examples/customers.csv")
        let jsonl = try run(input: "examples/customers.jsonl")
        #expect(csv.status == 3, "the examples hold deliberately broken records")
        #expect(csv.messages == jsonl.messages)
        #expect(csv.messages > 200)
        // Only the deliberately broken customers (ids C9…), never an invoice row left unjoined.
        #expect(csv.rejects.allSatisfy { $0.contains("\"customer_id\":\"C9") }, "\(csv.rejects)")
    }

    /// A bad value in an invoice row is reported at its row in `invoices.csv`, where the
    /// reader has to fix it, not only at the customer's row.
    @Test func aBadInvoiceCellNamesItsRowInTheInvoicesFile() throws {
        let invoices = try String(contentsOfFile: "examples/invoices.csv", encoding: .utf8).split(separator: "\n")
        let row = try #require(invoices.firstIndex { $0.hasPrefix("C900003,") }) + 1
        let reject = try #require(try run(input: "examples/customers.csv").rejects.first { $0.contains("\"C900003\"") })
        #expect(reject.contains("invoices.csv:\(row): invalid amount '1.234,56' in invoices[0].amount"), "\(reject)")
    }
}
