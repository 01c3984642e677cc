import HeraldModel
import HeraldOutbox
import HeraldPolicy

/// The stages the ledger records per customer at the start of the run: an immutable
/// snapshot the workers read without locking. `preview` and `explain` use the same rule.
public struct SentIndex: Sendable {
    private let sent: SentLedger

    /// Wraps what an outbox's ledger records (``Outbox/sentMessages``).
    public init(sent: SentLedger) {
        self.sent = sent
    }

    /// Indexes `entries` by customer.
    public init(entries: [LedgerEntry]) {
        var sent = SentLedger()
        for entry in entries {
            sent.append(SentMessage(entry), toCustomer: entry.customerID)
        }
        self.sent = sent
    }

    /// Stages sent for any of the customer's current (open or disputed) invoices, each with
    /// the as-of date of the last run that sent it.
    public func stages(for customer: Customer) -> [String: LocalDate] {
        let messages = sent.messages(toCustomer: customer.id)
        guard !messages.isEmpty else { return [:] }
        let current = Policy.currentInvoiceNumbers(of: customer)
        var stages: [String: LocalDate] = [:]
        for message in messages where message.invoices.contains(where: current.contains) {
            // Herald writes every as-of date itself; one it cannot read still proves the stage
            // went out, so it counts as long ago.
            let asOf = LocalDate(iso: message.asOf) ?? .distantPast
            stages[message.stage] = max(stages[message.stage] ?? asOf, asOf)
        }
        return stages
    }
}
