import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import HeraldRun
import HeraldTesting
import Testing

/// `herald archive`: ledger lines of settled invoices leave the ledger, byte for byte, and
/// nothing a run still needs does.
@Suite struct LedgerArchivingTests {
    let later = LocalDate(2027, 3, 1)!

    /// The fixture run's outbox and its ledger lines.
    func sentOutbox(in folder: TemporaryFolder) throws -> (outbox: URL, lines: [String]) {
        let outbox = folder.child("outbox")
        _ = try RunFixtures.run(into: outbox)
        let lines = try Self.lines(outbox.appendingPathComponent("ledger.jsonl"))
        try #require(lines.count >= 4)
        return (outbox, lines)
    }

    static func lines(_ file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    static func customer(of line: String) -> String {
        (try? JSONDecoder().decode(LedgerEntry.self, from: Data(line.utf8)).customerID) ?? ""
    }

    /// The fixture input with `edit` applied to each line.
    func input(in folder: TemporaryFolder, _ edit: (String) -> String?) throws -> URL {
        let text = try String(contentsOf: RunFixtures.customersFile, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { edit(String($0)) }
        return try folder.write("current.jsonl", lines.joined(separator: "\n"))
    }

    func archive(_ outbox: URL, input: URL, asOf: LocalDate, dryRun: Bool = false) throws -> LedgerArchiving.Summary {
        try LedgerArchiving.execute(
            LedgerArchiving.Options(input: input, outbox: outbox, asOf: asOf, olderThanDays: 90, dryRun: dryRun))
    }

    @Test func settledLinesMoveInOrderAndOpenOnesStay() throws {
        let folder = try TemporaryFolder(prefix: "herald-archive")
        let (outbox, lines) = try sentOutbox(in: folder)
        // C001 paid its invoice; C002 is no longer in the input (its invoices were settled).
        let current = try input(in: folder) { line in
            if line.contains("\"C002\"") { return nil }
            return line.contains("\"C001\"") ? line.replacingOccurrences(
                of: "\"status\": \"open\", \"paid_date\": null", with: "\"status\": \"paid\", \"paid_date\": \"2026-12-10\"") : line
        }
        let settled = lines.filter { ["C001", "C002"].contains(Self.customer(of: $0)) }
        try #require(Set(settled.map(Self.customer(of:))) == ["C001", "C002"])

        let summary = try archive(outbox, input: current, asOf: later)

        #expect(summary.unreadableRecords == 2, "the fixture's two broken records, not C001")
        #expect(summary.report.archived == settled.count)
        #expect(summary.report.kept == lines.count - settled.count)
        #expect(summary.keptOpen == lines.count - settled.count)
        #expect(summary.report.archiveFile == "ledger-archive/2027-03-01.jsonl")
        #expect(try Self.lines(outbox.appendingPathComponent("ledger-archive/2027-03-01.jsonl")) == settled)
        #expect(try Self.lines(outbox.appendingPathComponent("ledger.jsonl")) == lines.filter { !settled.contains($0) })
        #expect(!TemporaryFolder.files(in: outbox).contains { $0.hasSuffix(".tmp") })

        // The next archiving of the same day gets its own file.
        let empty = try folder.write("empty.jsonl", "")
        let again = try archive(outbox, input: empty, asOf: later)
        #expect(again.report.archiveFile == "ledger-archive/2027-03-01-2.jsonl")
        #expect(again.report.archived == lines.count - settled.count)
        #expect(try String(contentsOf: outbox.appendingPathComponent("ledger.jsonl"), encoding: .utf8).isEmpty)
    }

    @Test func aRunAfterArchivingStillSendsNothingTwice() throws {
        let folder = try TemporaryFolder(prefix: "herald-archive")
        let (outbox, lines) = try sentOutbox(in: folder)
        // Everything is still open, so nothing may move, and a rerun still knows every message.
        let summary = try archive(outbox, input: RunFixtures.customersFile, asOf: later)
        #expect(summary.report.archived == 0)
        #expect(summary.keptOpen == lines.count)
        #expect(summary.report.archiveFile == nil)
        #expect(!FileManager.default.fileExists(atPath: outbox.appendingPathComponent("ledger-archive/2027-03-01.jsonl").path))
        let rerun = try RunFixtures.run(into: outbox)
        #expect(rerun.messageCount == 0)
    }

    @Test func recentLinesStayAndADryRunChangesNothing() throws {
        let folder = try TemporaryFolder(prefix: "herald-archive")
        let (outbox, lines) = try sentOutbox(in: folder)
        let ledger = outbox.appendingPathComponent("ledger.jsonl")
        let before = try Data(contentsOf: ledger)
        let empty = try folder.write("empty.jsonl", "")

        let recent = try archive(outbox, input: empty, asOf: LocalDate(2026, 12, 1)!)
        #expect(recent.report.archived == 0)
        #expect(recent.keptRecent == lines.count)

        let dry = try archive(outbox, input: empty, asOf: later, dryRun: true)
        #expect(dry.report.archived == lines.count)
        #expect(dry.report.archiveFile == nil)
        #expect(try Data(contentsOf: ledger) == before)
        #expect(!FileManager.default.fileExists(atPath: outbox.appendingPathComponent("ledger-archive").path))
    }

    @Test func linesOfACustomerWhoseRecordCannotBeReadStay() throws {
        let folder = try TemporaryFolder(prefix: "herald-archive")
        let (outbox, lines) = try sentOutbox(in: folder)
        // Only C001 is left in the input, with a broken due date: its open invoices are unknown.
        let current = try input(in: folder) { line in
            line.contains("\"C001\"") ? line.replacingOccurrences(of: "\"due_date\": \"2026-11-20\"", with: "\"due_date\": \"2026-13-45\"") : nil
        }
        let kept = lines.filter { Self.customer(of: $0) == "C001" }
        try #require(!kept.isEmpty)

        let summary = try archive(outbox, input: current, asOf: later)

        #expect(summary.unreadableRecords == 1)
        #expect(summary.unreadableWithoutID == 0)
        #expect(summary.keptUnreadable == kept.count)
        #expect(summary.report.archived == lines.count - kept.count)
        #expect(try Self.lines(outbox.appendingPathComponent("ledger.jsonl")) == kept)
    }

    @Test func anInterruptedRunMustBeRecoveredFirst() throws {
        let folder = try TemporaryFolder(prefix: "herald-archive")
        let (outbox, _) = try sentOutbox(in: folder)
        let ledger = outbox.appendingPathComponent("ledger.jsonl")
        let before = try Data(contentsOf: ledger)
        try Data("partial".utf8).write(to: outbox.appendingPathComponent("email/tmp/leftover.eml"))
        let empty = try folder.write("empty.jsonl", "")

        let error = #expect(throws: DiagnosticError.self) { try archive(outbox, input: empty, asOf: later) }
        #expect(error?.diagnostics.first?.code == "outbox.recovery-pending")
        #expect(error?.diagnostics.first?.location?.file == outbox.path + "/email/tmp/leftover.eml")
        #expect(try Data(contentsOf: ledger) == before)
    }

    @Test func aFailedArchivingLeavesTheLedgerAndNoTemporaryFiles() throws {
        let folder = try TemporaryFolder(prefix: "herald-archive")
        let (outbox, _) = try sentOutbox(in: folder)
        let ledger = outbox.appendingPathComponent("ledger.jsonl")
        let before = try Data(contentsOf: ledger)
        // A file where the archive folder must go: the archive cannot be committed.
        try Data().write(to: outbox.appendingPathComponent("ledger-archive"))
        let empty = try folder.write("empty.jsonl", "")

        let error = #expect(throws: DiagnosticError.self) { try archive(outbox, input: empty, asOf: later) }
        #expect(error?.diagnostics.first?.code == "outbox.io-error")
        #expect(try Data(contentsOf: ledger) == before)
        #expect(!TemporaryFolder.files(in: outbox).contains { $0.hasSuffix(".tmp") })
    }
}
