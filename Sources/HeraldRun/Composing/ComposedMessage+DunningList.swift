import HeraldDiagnostics
import HeraldModel
import HeraldPolicy

extension ComposedMessage {
    /// The columns of the dunning list (`herald run --list FILE`): one row per message, for the
    /// credit controller to review or to keep.
    public static let dunningListColumns = [
        "customer_id", "name", "company", "locale", "segment", "stage", "channel", "recipient", "invoice_numbers",
        "oldest_due_date", "days_overdue", "amount", "fee", "currency", "template", "file",
    ]

    /// The message's dunning-list row, without the last column (`file`): the outbox names the
    /// file when it commits the message.
    ///
    /// - Parameter customer: The customer the message goes to.
    /// - Returns: One value per column of ``dunningListColumns`` but the last.
    public func dunningListRow(customer: Customer) -> [String] {
        let recipient: String =
            switch channel {
            case .email: customer.email
            case .sms: customer.phone
            case .letter:
                [customer.street, "\(customer.postalCode) \(customer.city)".trimmingWhitespace, customer.country]
                    .filter { !$0.isEmpty }.joined(separator: ", ")
            }
        return [
            customer.id, customer.displayName, customer.company, customer.locale, plan.segment.id, plan.stage.id,
            channel.rawValue, recipient, plan.invoiceNumbers.joined(separator: " "),
            plan.invoices.map(\.dueDate).min()?.iso ?? "", String(plan.daysOverdue),
            DecimalText.format(plan.coveredTotal, minimumFractionDigits: 2),
            DecimalText.format(plan.fee, minimumFractionDigits: 2), plan.currency, auditTemplate,
        ]
    }
}
