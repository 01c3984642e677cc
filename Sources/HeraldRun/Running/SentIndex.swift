import HeraldModel
import HeraldOutbox
import HeraldPolicy

/// The stages the ledger records per customer at the start of the run: an immutable
/// snapshot the workers read without locking. `preview` and `explain` use the same rule.
public struct SentIndex: Sendable {
    private let byCustomer: [String: [(stage: String, invoices: [String], asOf: LocalDate)]]

    /// Indexes `entries` by customer.
    public init(entries: [LedgerEntry]) {
        var index: [String: [(stage: String, invoices: [String], asOf: LocalDate)]] = [:]
        for entry in entries {
            // Herald writes every as-of date itself; one it cannot read still proves the stage
            // went out, so it counts as long ago.
            let asOf = LocalDate(iso: entry.asOf) ?? .distantPast
            index[entry.customerID, default: []].append((entry.stage, entry.invoices, asOf))
        }
        byCustomer = index
    }

    /// Stages sent for any of the customer's current (open or disputed) invoices, each with
    /// the as-of date of the last run that sent it.
    public func stages(for customer: Customer) -> [String: LocalDate] {
        guard let entries = byCustomer[customer.id] else { return [:] }
        let current = Policy.currentInvoiceNumbers(of: customer)
        var sent: [String: LocalDate] = [:]
        for entry in entries where entry.invoices.contains(where: current.contains) {
            sent[entry.stage] = max(sent[entry.stage] ?? entry.asOf, entry.asOf)
        }
        return sent
    }
}
