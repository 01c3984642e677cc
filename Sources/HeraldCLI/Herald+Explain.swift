import ArgumentParser
import Foundation
import HeraldAuthoring

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
}
