import ArgumentParser
import Foundation
import HeraldAuthoring
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import HeraldRun
import Logging

extension Herald {
    /// `herald explain --customer ID`: why this customer gets this message.
    struct Explain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say why a customer gets the message they get.",
            discussion: """
                Runs the dunning run's own decision for one customer and prints the payment-history \
                figures, the segment rule that matched, the stage and days overdue, the channel chosen \
                and any fallback, the template files, and the messages the ledger says were already sent.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var customerOptions: CustomerOptions

        func run() async throws {
            let asOf = try Herald.asOfDate(customerOptions.asOf)
            let (composer, customer, ledger) = try customerOptions.load(global: global)
            let explanation = Explanation(customer: customer, asOf: asOf, composer: composer, ledger: ledger)
            let text = global.format == .json ? explanation.json : explanation.text
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        }
    }

    /// The options `preview` and `explain` share: which customer, from which input, on which day.
    struct CustomerOptions: ParsableArguments {
        @Option(help: ArgumentHelp("The customer's id (customer_id).", valueName: "id"))
        var customer: String

        @Option(help: ArgumentHelp("The day to look at (YYYY-MM-DD); today by default.", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("Customers: .jsonl, or customers .csv with invoices.csv beside it; examples/customers.jsonl in the project by default.", valueName: "file"))
        var input: String?

        @Option(help: ArgumentHelp("The outbox whose ledger records what was already sent.", valueName: "dir"))
        var outbox = "outbox"

        /// The run's composer, the customer and their ledger entries; prints diagnostics and
        /// exits 1 when the project or the customer cannot be loaded.
        func load(global: GlobalOptions) throws -> (MessageComposer, Customer, [LedgerEntry]) {
            let printer = global.makePrinter()
            let root = URL(fileURLWithPath: global.projectDirectory)
            do {
                var context = try RunContext.load(projectRoot: root)
                let path = input ?? (global.projectDirectory == "." ? "examples/customers.jsonl" : global.path("examples/customers.jsonl"))
                context.attachments = AttachmentFolder(directory: AttachmentFolder.defaultDirectory(forInput: URL(fileURLWithPath: path)))
                let customer = try CustomerLookup.find(id: customer, in: URL(fileURLWithPath: path), displayPath: path)
                let ledger = try readLedger(for: customer.id)
                return (MessageComposer(context: context), customer, ledger)
            } catch let error as DiagnosticError {
                printer.print(error.diagnostics) { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
                throw ExitCode(ExitStatus.findings)
            }
        }

        /// The ledger entries for one customer, read without taking the outbox's lock.
        private func readLedger(for customerID: String) throws -> [LedgerEntry] {
            guard FileManager.default.fileExists(atPath: outbox) else { return [] }
            let opened = try Outbox.open(
                at: URL(fileURLWithPath: outbox), runID: "explain", asOf: "", options: OutboxOptions(dryRun: true),
                logger: Logger(label: "herald.explain"))
            defer { opened.close() }
            return opened.sent(toCustomer: customerID)
        }
    }
}
