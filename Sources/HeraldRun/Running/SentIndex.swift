import HeraldModel
import HeraldOutbox
import HeraldPolicy

/// The stages the ledger records per customer at the start of the run: an immutable
/// snapshot the workers read without locking. `preview` and `explain` use the same rule.
public struct SentIndex: Sendable {
    private let byCustomer: [String: [(stage: String, invoices: [String])]]

    /// Indexes `entries` by customer.
    public init(entries: [LedgerEntry]) {
        var index: [String: [(stage: String, invoices: [String])]] = [:]
        for entry in entries { index[entry.customerID, default: []].append((entry.stage, entry.invoices)) }
        byCustomer = index
    }

    /// Stages sent for any of the customer's current (open or disputed) invoices.
    public func stages(for customer: Customer) -> Set<String> {
        guard let entries = byCustomer[customer.id] else { return [] }
        let current = Policy.currentInvoiceNumbers(of: customer)
        return Set(entries.filter { $0.invoices.contains(where: current.contains) }.map(\.stage))
    }
}
