import ArgumentParser
import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import HeraldRun

extension Herald {
    /// `herald archive`: moves the ledger lines of settled invoices out of the ledger.
    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move the ledger lines of settled invoices into ledger-archive/.",
            discussion: """
                Every run loads the outbox's whole ledger, so it grows with each day the outbox \
                serves. This moves out the lines that can no longer change what Herald sends: \
                lines sent at least --older-than days ago whose invoices are all settled, that is \
                neither open nor disputed in the current input (--input). They move byte for byte \
                to <outbox>/ledger-archive/<as-of>.jsonl; lines of customers whose record cannot \
                be read stay. Use --dry-run to see the counts first. See docs/outbox.md.

                Exit status: 0 when the archiving worked (or had nothing to move), 1 when the \
                input, the outbox or its ledger cannot be read or written, 2 on usage errors.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp("The day to count from, YYYY-MM-DD (default: today, in the local time zone).", valueName: "date"))
        var asOf: String?

        @Option(
            help: ArgumentHelp(
                "The current customers: .jsonl, or customers .csv (with invoices.csv beside it).", valueName: "file"))
        var input: String = "examples/customers.jsonl"

        @Option(
            help: ArgumentHelp("Invoices for CSV input (default: invoices.csv next to --input).", valueName: "file"))
        var invoices: String?

        @Option(help: ArgumentHelp("The outbox folder.", valueName: "dir"))
        var outbox: String = "outbox"

        @Option(
            name: .customLong("older-than"),
            help: ArgumentHelp("Keep every line sent fewer days ago than this.", valueName: "days"))
        var olderThan: Int = 90

        @Flag(name: .customLong("dry-run"), help: "Count what would move; change nothing.")
        var dryRun = false

        func validate() throws {
            try Herald.checkAsOf(asOf)
            if olderThan < 0 { throw ValidationError("--older-than must be 0 or more days.") }
        }

        func run() throws {
            let options = LedgerArchiving.Options(
                input: URL(fileURLWithPath: input), invoices: invoices.map { URL(fileURLWithPath: $0) },
                outbox: URL(fileURLWithPath: outbox), asOf: try Herald.asOfDate(asOf), olderThanDays: olderThan,
                dryRun: dryRun)
            let summary: LedgerArchiving.Summary
            do {
                summary = try LedgerArchiving.execute(options)
            } catch let error as DiagnosticError {
                DiagnosticPrinter(format: global.format, output: .standardError).print(error.diagnostics)
                throw ExitCode(ExitStatus.findings)
            }
            let text =
                global.format == .json
                ? ArchiveReportText.json(summary, options: options) : ArchiveReportText.text(summary, options: options, outbox: outbox)
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// What `herald archive` prints.
enum ArchiveReportText {
    static func text(_ summary: LedgerArchiving.Summary, options: LedgerArchiving.Options, outbox: String) -> String {
        let report = summary.report
        var lines: [String] = []
        let verb = options.dryRun ? "would archive" : "archived"
        var moved = "\(verb) \(Counted.phrase(report.archived, "ledger line")) (settled invoices, sent on or before \(options.cutoff.iso))"
        if let file = report.archiveFile { moved += " → \((outbox as NSString).appendingPathComponent(file))" }
        lines.append(moved)
        lines.append(
            "kept \(report.kept) · invoice still open or disputed \(summary.keptOpen) · sent after \(options.cutoff.iso) \(summary.keptRecent) · customer's record unreadable \(summary.keptUnreadable)")
        if summary.unreadableRecords > 0 {
            var note = "note: \(Counted.phrase(summary.unreadableRecords, "input record")) could not be read; their customers' lines stay"
            if summary.unreadableWithoutID > 0 {
                note += ", except for \(Counted.phrase(summary.unreadableWithoutID, "record")) without a readable customer_id: fix them (herald run lists them in its rejects) before archiving again"
            }
            lines.append(note)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ summary: LedgerArchiving.Summary, options: LedgerArchiving.Options) -> String {
        var fields: [String] = [
            "\"archived\":\(summary.report.archived)", "\"kept\":\(summary.report.kept)",
            "\"kept_open\":\(summary.keptOpen)", "\"kept_recent\":\(summary.keptRecent)",
            "\"kept_unreadable\":\(summary.keptUnreadable)", "\"unreadable_records\":\(summary.unreadableRecords)",
            "\"unreadable_without_id\":\(summary.unreadableWithoutID)", "\"cutoff\":\"\(options.cutoff.iso)\"",
            "\"dry_run\":\(options.dryRun)",
        ]
        if let file = summary.report.archiveFile {
            var quoted: [UInt8] = []
            JSONQuoting.append(file, to: &quoted)
            fields.append("\"archive_file\":\(String(decoding: quoted, as: UTF8.self))")
        }
        return "{" + fields.joined(separator: ",") + "}\n"
    }
}
