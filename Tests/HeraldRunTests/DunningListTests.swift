import Foundation
import HeraldDiagnostics
import HeraldOutbox
import HeraldRun
import HeraldTesting
import Logging
import Testing

/// `herald run --list FILE`: one CSV row per message the run commits and per customer it held
/// back, for the credit controller; with `--dry-run`, the same rows before anything is sent.
@Suite struct DunningListTests {
    /// Runs the fixture input with a list and returns the list's rows (header first), as
    /// Python's `csv` module reads them: an independent reader of RFC 4180.
    func runWithList(
        in folder: TemporaryFolder, input: URL = RunFixtures.customersFile, outbox: String = "outbox",
        dryRun: Bool = false
    ) throws -> (summary: RunSummary, rows: [[String]]) {
        let list = folder.child(dryRun ? "proposal.csv" : "list.csv")
        let options = RunOptions(
            input: input, outbox: folder.child(outbox), asOf: RunFixtures.asOf, dryRun: dryRun, jobs: 2, batchSize: 4,
            list: list)
        let summary = try DunningRun.execute(
            context: try RunFixtures.context(), options: options, logger: Logger(label: "test.list"))
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                print(json.dumps(list(csv.reader(f))))
            """
        let output = try ProcessRunner.runTool(["python3", "-c", script, list.path])
        #expect(output.status == 0, "python3: \(output.stderr)")
        let rows = try JSONDecoder().decode([[String]].self, from: Data(output.stdout.utf8))
        return (summary, rows)
    }

    /// The value of `column` in `row`.
    func value(_ row: [String], _ column: String) -> String {
        guard let index = DunningList.columns.firstIndex(of: column), index < row.count else { return "?" }
        return row[index]
    }

    @Test func listsEveryCommittedMessageWithItsFile() throws {
        let folder = try TemporaryFolder(prefix: "herald-list")
        let (summary, rows) = try runWithList(in: folder)
        #expect(rows.first == DunningList.columns)
        let body = rows.dropFirst()
        #expect(body.allSatisfy { $0.count == DunningList.columns.count })
        let sent = body.filter { value($0, "status") == "sent" }
        let held = body.filter { value($0, "status") == "held" }
        #expect(summary.messageCount > 0)
        #expect(sent.count == summary.messageCount)
        #expect(held.count == summary.held)
        #expect(sent.count + held.count == body.count)
        let outbox = try Outbox.open(
            at: folder.child("outbox"), runID: "check", asOf: "", options: OutboxOptions(dryRun: true),
            logger: Logger(label: "test"))
        defer { outbox.close() }
        for row in sent {
            let id = value(row, "customer_id")
            let entry = try #require(outbox.sent(toCustomer: id).first, "customer \(id) is not in the ledger")
            #expect(value(row, "file") == entry.relativePath)
            #expect(value(row, "stage") == entry.stage)
            #expect(value(row, "invoice_numbers") == entry.invoices.joined(separator: " "))
            #expect(value(row, "note") == "")
            #expect(FileManager.default.fileExists(atPath: folder.child("outbox").appendingPathComponent(value(row, "file")).path))
        }
        for row in held {
            #expect(outbox.sent(toCustomer: value(row, "customer_id")).isEmpty)
            #expect(value(row, "file") == "" && value(row, "channel") == "")
            #expect(!value(row, "note").isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.child("list.csv.partial").path))
    }

    @Test func aDryRunListsTheSameMessagesWithoutFiles() throws {
        let folder = try TemporaryFolder(prefix: "herald-list-dry")
        let (_, proposal) = try runWithList(in: folder, outbox: "dry", dryRun: true)
        let (_, sent) = try runWithList(in: folder, outbox: "real")
        #expect(proposal.count > 1)
        // The same customers, decisions and reasons; proposed instead of sent, and no files.
        func withoutStatusAndFile(_ row: [String]) -> [String] {
            DunningList.columns.indices.filter { !["status", "file"].contains(DunningList.columns[$0]) }.map { row[$0] }
        }
        #expect(proposal.dropFirst().map(withoutStatusAndFile) == sent.dropFirst().map(withoutStatusAndFile))
        #expect(proposal.dropFirst().allSatisfy { value($0, "file") == "" })
        #expect(proposal.dropFirst().map { value($0, "status") } == sent.dropFirst().map { value($0, "status") == "sent" ? "proposed" : value($0, "status") })
        #expect(!FileManager.default.fileExists(atPath: folder.child("dry").path))
    }

    @Test func aRerunListsNoMessageOnlyTheCustomersStillHeld() throws {
        let folder = try TemporaryFolder(prefix: "herald-list-rerun")
        let (first, _) = try runWithList(in: folder)
        let (second, rows) = try runWithList(in: folder)
        #expect(first.messageCount > 0)
        #expect(second.messageCount == 0)
        #expect(rows.first == DunningList.columns)
        // The acknowledged dispute is held from the second run on.
        #expect(second.held > 0)
        #expect(rows.dropFirst().count == second.held)
        for row in rows.dropFirst() {
            #expect(value(row, "status") == "held")
            #expect(value(row, "note").contains("dispute"), "note: \(value(row, "note"))")
            #expect(value(row, "file") == "" && value(row, "channel") == "" && value(row, "invoice_numbers") != "")
        }
    }

    @Test func customerTextCannotBecomeASpreadsheetFormula() throws {
        let folder = try TemporaryFolder(prefix: "herald-list-formula")
        let line = """
            {"customer_id": "F1", "given_name": "=HYPERLINK(\\"http://x.example\\",\\"pay\\")", "family_name": "Smit", \
            "company": "@SUM(A1)", "locale": "nl-NL", "preferred_channel": "sms", "email": "f1@example.com", \
            "phone": "+31612345678", "street": "Weg 1", "postal_code": "1234 AB", "city": "Delft", "country": "NL", \
            "invoices": [{"invoice_number": "-1+1", "issue_date": "2026-01-01", "due_date": "2026-11-20", \
            "amount": "80.00", "open_amount": "80.00", "currency": "EUR", "status": "open"}]}
            {"customer_id": "F2", "given_name": "Kees", "family_name": "Smit", "company": "+31612345678", \
            "locale": "nl-NL", "preferred_channel": "email", "email": "f2@example.com", "invoices": [{"invoice_number": \
            "-42", "issue_date": "2026-01-01", "due_date": "2026-11-20", "amount": "80.00", "open_amount": "80.00", \
            "currency": "EUR", "status": "open"}]}

            """
        let input = try folder.write("formula.jsonl", line)
        let (summary, rows) = try runWithList(in: folder, input: input)
        #expect(summary.messageCount == 2, "rejects: \(summary.rejects)")
        let row = try #require(rows.first { value($0, "customer_id") == "F1" })
        #expect(value(row, "name").hasPrefix("'=HYPERLINK"), "name: \(value(row, "name"))")
        #expect(value(row, "company") == "'@SUM(A1)")
        #expect(value(row, "invoice_numbers") == "'-1+1")
        #expect(value(row, "amount") == "80.00")
        // Signed numbers call nothing, and stay as they are.
        let plain = try #require(rows.first { value($0, "customer_id") == "F2" })
        #expect(value(plain, "company") == "+31612345678")
        #expect(value(plain, "invoice_numbers") == "-42")
    }

    @Test func aListNeverReplacesTheInput() throws {
        let folder = try TemporaryFolder(prefix: "herald-list-input")
        let input = try folder.write("customers.jsonl", try String(contentsOf: RunFixtures.customersFile, encoding: .utf8))
        let before = try Data(contentsOf: input)
        // The same file, named another way.
        let options = RunOptions(
            input: input, outbox: folder.child("outbox"), asOf: RunFixtures.asOf, jobs: 2,
            list: folder.child("sub/../customers.jsonl"))
        let error = #expect(throws: DiagnosticError.self) {
            _ = try DunningRun.execute(context: try RunFixtures.context(), options: options, logger: Logger(label: "t"))
        }
        #expect(error?.diagnostics.first?.code == "run.list-overwrites-input")
        #expect(try Data(contentsOf: input) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.child("outbox").path))
    }

    @Test func aListNeverGoesWhereDeliveryAgentsPickUpFiles() throws {
        let folder = try TemporaryFolder(prefix: "herald-list-outbox")
        for channel in ["email", "sms", "letter", "handover"] {
            let options = RunOptions(
                input: RunFixtures.customersFile, outbox: folder.child("outbox"), asOf: RunFixtures.asOf, jobs: 2,
                list: folder.child("outbox/\(channel)/new/list.csv"))
            let error = #expect(throws: DiagnosticError.self) {
                _ = try DunningRun.execute(context: try RunFixtures.context(), options: options, logger: Logger(label: "t"))
            }
            #expect(error?.diagnostics.first?.code == "run.list-in-outbox", "\(channel)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.child("outbox").path))
        // Beside the channel folders is fine.
        let options = RunOptions(
            input: RunFixtures.customersFile, outbox: folder.child("outbox"), asOf: RunFixtures.asOf, jobs: 2,
            list: folder.child("outbox/list.csv"))
        let summary = try DunningRun.execute(context: try RunFixtures.context(), options: options, logger: Logger(label: "t"))
        #expect(summary.messageCount > 0)
        #expect(FileManager.default.fileExists(atPath: folder.child("outbox/list.csv").path))
    }

    @Test func anUnwritableListStopsTheRunBeforeAnythingIsSent() throws {
        let folder = try TemporaryFolder(prefix: "herald-list-unwritable")
        let options = RunOptions(
            input: RunFixtures.customersFile, outbox: folder.child("outbox"), asOf: RunFixtures.asOf, jobs: 2,
            list: folder.child("no-such-folder/list.csv"))
        let error = #expect(throws: DiagnosticError.self) {
            _ = try DunningRun.execute(context: try RunFixtures.context(), options: options, logger: Logger(label: "t"))
        }
        #expect(error?.diagnostics.first?.code == "outbox.report-unwritable")
        #expect(error?.diagnostics.first?.message.contains("no-such-folder/list.csv.partial") == true)
        let written = TemporaryFolder.files(in: folder.child("outbox")).filter { $0.contains("/new/") }
        #expect(written.isEmpty)
    }
}
