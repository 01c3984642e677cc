import Foundation
import HeraldLiquid
import HeraldModel
import HeraldPolicy

/// One message lint renders: a sample customer placed at a stage of a workflow, in a locale
/// and a channel, with the data templates see (see `docs/templates.md`).
struct SampleMessage {
    var customer: Customer
    var invoices: [Invoice]
    var asOf: LocalDate
    var data: LiquidValue

    /// Places `base` at `stage` (index `index` of `workflow`): the as-of date is the day the
    /// stage starts for the customer's oldest invoice in the workflow's scope, so
    /// `days_overdue` and the totals look as they would on that day. Invoices are made to fit
    /// the scope when the sample has none (an open one for dunning, a disputed one for the dispute path).
    init(base: Customer, workflow: Workflow, stageIndex index: Int, channel: ChannelKind, locale: String, policy: Policy) {
        var customer = base
        customer.locale = locale
        customer.preferredChannel = channel
        let inScope: (Invoice) -> Bool = workflow.scope == .disputed ? { $0.status == .disputed } : { $0.isDunnable }
        if !customer.invoices.contains(where: inScope), var invoice = customer.invoices.last {
            invoice.status = workflow.scope == .disputed ? .disputed : .open
            invoice.openAmount = invoice.amount
            invoice.paidDate = nil
            customer.invoices[customer.invoices.count - 1] = invoice
        }
        let stage = workflow.stages[index]
        let scoped = customer.invoices.filter(inScope)
        let oldest = scoped.min { ($0.dueDate, $0.number) < ($1.dueDate, $1.number) }
        let asOf = (oldest?.dueDate ?? LocalDate.distantPast).adding(days: stage.dayOffset)
        let windowStart = min(stage.dayOffset, 1)
        let isDispute = workflow.scope == .disputed
        let covered = scoped.filter { (isDispute ? max(0, $0.daysOverdue(asOf: asOf)) : $0.daysOverdue(asOf: asOf)) >= windowStart }
            .sorted { ($0.dueDate, $0.number) < ($1.dueDate, $1.number) }
        let history = PaymentHistory(invoices: customer.invoices, asOf: asOf, rules: policy.historyRules)
        let currency = history.currency.isEmpty ? (oldest?.currency ?? "EUR") : history.currency
        let overdue = covered.filter { $0.currency == currency }.reduce(Decimal(0)) { $0 + $1.openAmount }
        let fee = stage.fee ?? 0
        let language = LocaleTagText.language(of: locale)
        let key = IdempotencyKey(customerID: customer.id, stage: stage.id, invoiceNumbers: covered.map(\.number))
        self.customer = customer
        self.invoices = covered
        self.asOf = asOf
        self.data = [
            "customer": customer.liquidValue,
            "invoices": .array(covered.map { $0.liquidValue(asOf: asOf) }),
            "history": history.liquidValue,
            "totals": ["overdue": .decimal(overdue), "fee": .decimal(fee), "due": .decimal(overdue + fee), "currency": .string(currency)],
            "stage": [
                "id": .string(stage.id), "index": .integer(index + 1), "count": .integer(workflow.stages.count),
                "day_offset": .integer(stage.dayOffset), "fee": .decimal(fee), "channel": .string(channel.rawValue),
                "is_final": .bool(index + 1 == workflow.stages.count),
            ],
            "segment": ["id": .string(workflow.id)],
            "company": policy.company.liquidValue,
            "message": [
                "id": .string(key.value), "as_of": .string(asOf.iso), "pay_by": .string(policy.payBy(asOf: asOf).iso),
                "locale": .string(locale), "language": .string(language),
            ],
        ]
    }
}

/// The language subtag of a locale text, such as `nl` for `nl-BE`.
enum LocaleTagText {
    static func language(of locale: String) -> String {
        String(locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "").lowercased()
    }
}
