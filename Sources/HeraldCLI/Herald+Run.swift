import ArgumentParser
import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import HeraldRun
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Herald {
    /// `herald run`: the dunning run, from customer data to the outbox.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every message due today into the outbox.",
            discussion: """
                Reads the customers with their invoices (JSON Lines, or customers.csv with \
                invoices.csv next to it), decides each customer's segment, stage and channel from \
                herald.yaml, renders and checks the message, and commits it to the outbox. \
                Messages already in the outbox's ledger are never written again, so a rerun the \
                same day sends nothing new. Records and messages that cannot be produced go to \
                <outbox>/rejects/<run-id>.jsonl. See docs/run.md and docs/outbox.md.

                Exit status: 0 when every record was handled, 3 when some were rejected, \
                1 on a fatal error (unreadable input or project, outbox locked or not writable), \
                2 on usage errors.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp("The run's date, YYYY-MM-DD (default: today, in the local time zone).", valueName: "date"))
        var asOf: String?

        @Option(
            help: ArgumentHelp("Customers: .jsonl, or customers .csv (with invoices.csv beside it).", valueName: "file")
        )
        var input: String = "examples/customers.jsonl"

        @Option(
            help: ArgumentHelp("Invoices for CSV input (default: invoices.csv next to --input).", valueName: "file"))
        var invoices: String?

        @Option(
            help: ArgumentHelp(
                "Where invoices' pdf paths point (default: attachments/ next to --input).", valueName: "dir"))
        var attachments: String?

        @Option(help: ArgumentHelp("The outbox folder.", valueName: "dir"))
        var outbox: String = "outbox"

        @Flag(name: .customLong("dry-run"), help: "Decide and render everything, write nothing.")
        var dryRun = false

        @Option(
            help: ArgumentHelp(
                "Also write the dunning list to this CSV file: one row per message (customer, segment, stage, channel, invoices, amount, file) and per customer held back, with the reason. With --dry-run: the proposal to review before sending.",
                valueName: "file"))
        var list: String?

        @Option(
            help: ArgumentHelp("1 renders on one thread; more (the default) renders on every core.", valueName: "n"))
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .customLong("batch-size"), help: ArgumentHelp("Customers per committed batch.", valueName: "n"))
        var batchSize: Int = 1_000

        @Option(
            help: ArgumentHelp(
                "How a batch is made durable before it is published: filesystem (one syncfs per batch), batched (fsync each file of the batch), per-file.",
                valueName: "mode"))
        var sync: SyncStrategy = .filesystem

        @Flag(name: .customLong("no-progress"), help: "Never draw the progress bar.")
        var noProgress = false

        @Flag(name: .shortAndLong, help: "Log what the outbox does (recovery, batches).")
        var verbose = false

        func validate() throws {
            if let asOf, LocalDate(iso: asOf) == nil {
                throw ValidationError("--as-of '\(asOf)' is not a date; use YYYY-MM-DD, such as 2026-11-29.")
            }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1.") }
        }

        func run() async throws {
            let printer = DiagnosticPrinter(format: global.format, output: .standardError)
            var logger = Logger(label: "herald.run")
            logger.logLevel = verbose ? .debug : .warning
            let date = try Herald.asOfDate(asOf)
            var context: RunContext
            do {
                context = try RunContext.load(projectRoot: URL(fileURLWithPath: global.projectDirectory))
            } catch {
                printer.print(error.diagnostics)
                throw ExitCode(ExitStatus.findings)
            }
            context.attachments = AttachmentFolder(
                directory: attachments.map { URL(fileURLWithPath: $0) }
                    ?? AttachmentFolder.defaultDirectory(forInput: URL(fileURLWithPath: input)))
            let options = RunOptions(
                input: URL(fileURLWithPath: input), invoices: invoices.map { URL(fileURLWithPath: $0) },
                outbox: URL(fileURLWithPath: outbox), asOf: date, dryRun: dryRun, jobs: jobs, batchSize: batchSize,
                sync: sync, list: list.map { URL(fileURLWithPath: $0) })
            let showsProgress = !noProgress && isatty(STDERR_FILENO) == 1
            var progress: (@Sendable (RunProgress) -> Void)?
            if showsProgress { progress = { @Sendable in ProgressLine.draw($0) } }
            let summary: RunSummary
            do {
                summary = try DunningRun.execute(context: context, options: options, logger: logger, progress: progress)
            } catch let error as DiagnosticError {
                if showsProgress { ProgressLine.clear() }
                printer.print(error.diagnostics)
                throw ExitCode(ExitStatus.findings)
            }
            if showsProgress { ProgressLine.clear() }
            let rejectsFile =
                dryRun ? nil : (outbox as NSString).appendingPathComponent("rejects/\(summary.runID).jsonl")
            FileHandle.standardOutput.write(Data(summary.table(rejectsFile: rejectsFile).utf8))
            if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
        }

    }
}

/// The progress bar `herald run` draws on a terminal (standard error), one line rewritten in place.
enum ProgressLine {
    static func draw(_ progress: RunProgress) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + progress.line()).utf8))
    }

    static func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

extension SyncStrategy: ExpressibleByArgument {}
