import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldPolicy

/// The dunning list (`herald run --list FILE`): one CSV row for every customer the run sent a
/// message to (or, in a dry run, would send one to), and for every customer it held back, in
/// input order, for the credit controller to review or to keep.
public enum DunningList {
    /// The columns, in order.
    public static let columns = [
        "status", "customer_id", "name", "company", "locale", "segment", "stage", "channel", "recipient",
        "invoice_numbers", "oldest_due_date", "days_overdue", "amount", "fee", "currency", "template", "file", "note",
    ]

    /// What a worker knows of a row; the commit adds the status and the file.
    struct Entry: Sendable, Hashable {
        /// The columns from `customer_id` to `template`.
        var values: [String]
        /// Why the customer was held (the decision's text); empty for a message.
        var note: String
        /// Whether the row is for a message (else for a customer held back).
        var isMessage: Bool

        /// The complete row.
        ///
        /// - Parameters:
        ///   - dryRun: Whether the run writes nothing: messages are then `proposed`, not `sent`.
        ///   - file: The message's file in the outbox, from the outbox root; `nil` in a dry run.
        func row(dryRun: Bool, file: String?) -> [String] {
            let status = isMessage ? (dryRun ? "proposed" : "sent") : "held"
            return [status] + values + [file ?? "", note]
        }
    }

    /// The row of a message.
    static func entry(for message: ComposedMessage, customer: Customer) -> Entry {
        let plan = message.plan
        let recipient: String =
            switch message.channel {
            case .email: customer.email
            case .sms: customer.phone
            case .letter:
                [customer.street, "\(customer.postalCode) \(customer.city)".trimmingWhitespace, customer.country]
                    .filter { !$0.isEmpty }.joined(separator: ", ")
            }
        return Entry(
            values: [
                customer.id, customer.displayName, customer.company, customer.locale, plan.segment.id, plan.stage.id,
                message.channel.rawValue, recipient, plan.invoiceNumbers.joined(separator: " "),
                plan.oldestDueDate?.iso ?? "", String(plan.daysOverdue),
                DecimalText.format(plan.coveredTotal, minimumFractionDigits: 2),
                DecimalText.format(plan.fee, minimumFractionDigits: 2), plan.currency, message.auditTemplate,
            ],
            note: "", isMessage: true)
    }

    /// The row of a customer held back: an acknowledged dispute, a hold, a promise to pay.
    ///
    /// - Parameters:
    ///   - customer: The customer.
    ///   - reason: The policy's reason; its text becomes the note.
    ///   - asOf: The run's date, for the days overdue.
    static func entry(forHeld customer: Customer, reason: DecisionReason, asOf: LocalDate) -> Entry {
        // A hold names no invoices: list the overdue ones it keeps from being dunned.
        let named = Set(reason.invoiceNumbers)
        let invoices =
            named.isEmpty
            ? customer.invoices.filter { $0.isDunnable && $0.daysOverdue(asOf: asOf) > 0 }
            : customer.invoices.filter { named.contains($0.number) }
        let oldest = invoices.map(\.dueDate).min()
        let currencies = Set(invoices.map(\.currency))
        let amount =
            currencies.count == 1
            ? DecimalText.format(invoices.reduce(Decimal(0)) { $0 + $1.openAmount }, minimumFractionDigits: 2) : ""
        return Entry(
            values: [
                customer.id, customer.displayName, customer.company, customer.locale, reason.segment.id, "", "", "",
                invoices.map(\.number).joined(separator: " "), oldest?.iso ?? "",
                oldest.map { String(asOf.days(since: $0)) } ?? "", amount, "",
                currencies.count == 1 ? currencies.first ?? "" : "", "",
            ],
            note: reason.text, isMessage: false)
    }
}
