import Foundation
import HeraldDiagnostics
import HeraldOutbox
import HeraldRun
import HeraldTesting
import Logging
import Testing

/// `herald run --list FILE`: one CSV row per message the run commits, for the credit controller;
/// with `--dry-run`, the same rows before anything is sent.
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

    @Test func listsEveryCommittedMessageWithItsFile() throws {
        let folder = try TemporaryFolder(prefix: "herald-list")
        let (summary, rows) = try runWithList(in: folder)
        #expect(rows.first == ComposedMessage.dunningListColumns)
        let body = rows.dropFirst()
        #expect(summary.messageCount > 0)
        #expect(body.count == summary.messageCount)
        #expect(body.allSatisfy { $0.count == ComposedMessage.dunningListColumns.count })
        let outbox = try Outbox.open(
            at: folder.child("outbox"), runID: "check", asOf: "", options: OutboxOptions(dryRun: true),
            logger: Logger(label: "test"))
        defer { outbox.close() }
        for row in body {
            let entry = try #require(outbox.sent(toCustomer: row[0]).first, "customer \(row[0]) is not in the ledger")
            #expect(row[15] == entry.relativePath)
            #expect(row[5] == entry.stage)
            #expect(row[8] == entry.invoices.joined(separator: " "))
            #expect(FileManager.default.fileExists(atPath: folder.child("outbox").appendingPathComponent(row[15]).path))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.child("list.csv.partial").path))
    }

    @Test func aDryRunListsTheSameMessagesWithoutFiles() throws {
        let folder = try TemporaryFolder(prefix: "herald-list-dry")
        let (_, proposal) = try runWithList(in: folder, outbox: "dry", dryRun: true)
        let (_, sent) = try runWithList(in: folder, outbox: "real")
        #expect(proposal.count > 1)
        #expect(proposal.dropFirst().allSatisfy { $0.last == "" })
        #expect(proposal.dropFirst().map { $0.dropLast() } == sent.dropFirst().map { $0.dropLast() })
        #expect(!FileManager.default.fileExists(atPath: folder.child("dry").path))
    }

    @Test func aRerunListsNothingNew() throws {
        let folder = try TemporaryFolder(prefix: "herald-list-rerun")
        let (first, _) = try runWithList(in: folder)
        let (second, rows) = try runWithList(in: folder)
        #expect(first.messageCount > 0)
        #expect(second.messageCount == 0)
        #expect(rows == [ComposedMessage.dunningListColumns])
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
        let row = try #require(rows.first { $0.first == "F1" })
        #expect(row[1].hasPrefix("'"), "name: \(row[1])")
        #expect(row[1].contains("=HYPERLINK"))
        #expect(row[2] == "'@SUM(A1)")
        #expect(row[8] == "'-1+1")
        #expect(row[11] == "80.00")
        // Signed numbers call nothing, and stay as they are.
        let plain = try #require(rows.first { $0.first == "F2" })
        #expect(plain[2] == "+31612345678")
        #expect(plain[8] == "-42")
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
