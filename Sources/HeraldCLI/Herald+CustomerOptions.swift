import ArgumentParser
import Foundation
import HeraldAuthoring
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import HeraldRun

extension Herald {
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

        func validate() throws { try Herald.checkAsOf(asOf) }

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
            try Outbox.sent(at: URL(fileURLWithPath: outbox), toCustomer: customerID)
        }
    }
}
