import Foundation
import HeraldTesting
import Testing

/// The bundled CSV pair (`examples/customers.csv` + `examples/invoices.csv`) holds the same
/// customers as the JSON Lines file, so a run on either writes the same messages.
@Suite struct BundledCSVTests {
    func run(input: String) throws -> (status: Int32, rejects: [String], messages: Int, summary: String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("herald-csv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outbox = scratch.appendingPathComponent("outbox")
        let result = try HeraldProcess.run([
            "run", "--as-of", "2026-11-29", "--input", input, "--outbox", outbox.path, "--no-progress",
            "--attachments", "examples/attachments",
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
        return (result.status, rejects, messages, result.stdout)
    }

    @Test func csvAndJSONLinesGiveTheSameMessages() throws {
        let csv = try run(input: "examples/customers.csv")
        let jsonl = try run(input: "examples/customers.jsonl")
        #expect(csv.status == 3, "the examples hold deliberately broken records")
        #expect(csv.messages == jsonl.messages)
        #expect(csv.messages > 200)
        // The hold and the promise to pay in the examples, with the disputes held the same way.
        for summary in [csv.summary, jsonl.summary] {
            #expect(summary.contains("· held 2 (on-hold 1, promised 1) ·"), "\(summary)")
        }
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

    /// The bundled pair as a spreadsheet set to Dutch exports it (written by Python's `csv`
    /// module, independently of Herald): `;` between fields and decimal commas. Herald reads it
    /// as it reads the original, customer for customer.
    @Test func aSemicolonExportWithDecimalCommasGivesTheSameMessages() throws {
        let scratch = try ScratchDirectory()
        let convert = """
            import csv, re, sys
            for name in ("customers", "invoices"):
                with open(f"examples/{name}.csv", newline="", encoding="utf-8") as source:
                    rows = list(csv.reader(source))
                amounts = [i for i, column in enumerate(rows[0]) if column in ("amount", "open_amount")]
                with open(f"{sys.argv[1]}/{name}.csv", "w", newline="", encoding="utf-8") as target:
                    writer = csv.writer(target, delimiter=";", lineterminator="\\r\\n")
                    for number, row in enumerate(rows):
                        if number:
                            for i in amounts:
                                if re.fullmatch(r"-?[0-9]+\\.[0-9]+", row[i]):
                                    row[i] = row[i].replace(".", ",")
                        writer.writerow(row)
            """
        let converted = try HeraldProcess.runTool(["python3", "-c", convert, scratch.url.path])
        try #require(converted.status == 0, "\(converted.combined)")
        let invoices = try String(contentsOf: scratch.url.appendingPathComponent("invoices.csv"), encoding: .utf8)
        #expect(invoices.contains(";EUR;") && invoices.contains(",") && !invoices.contains(";1.0"))
        let spreadsheet = try run(input: scratch.url.appendingPathComponent("customers.csv").path)
        let original = try run(input: "examples/customers.csv")
        #expect(spreadsheet.status == original.status)
        #expect(spreadsheet.messages == original.messages)
        #expect(spreadsheet.rejects.count == original.rejects.count, "\(spreadsheet.rejects)")
    }

    /// A header that does not name a column every row needs stops the run before anything is
    /// written, once, at line 1 of the file, instead of rejecting every row for it.
    @Test func aHeaderWithoutCustomerIDStopsTheRunWithOneMessage() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("customers.csv", "Klantnummer;locale;preferred_channel\nK1;nl-NL;email\n")
        try scratch.write("invoices.csv", "customer_id;invoice_number;due_date;amount;currency;status\n")
        let input = scratch.url.appendingPathComponent("customers.csv").path
        let outbox = scratch.url.appendingPathComponent("outbox")
        let result = try HeraldProcess.run(["run", "--as-of", "2026-11-29", "--input", input, "--outbox", outbox.path, "--no-progress"])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "\(input):1:1: error: the header has no column 'customer_id' (found: Klantnummer, locale, preferred_channel)"),
            "\(result.stderr)")
        #expect(result.stderr.contains("separated by ',', ';' or tabs"))
        #expect(!FileManager.default.fileExists(atPath: outbox.appendingPathComponent("rejects").path))
    }
}
