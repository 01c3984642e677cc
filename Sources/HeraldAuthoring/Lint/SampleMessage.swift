import HeraldModel
import HeraldPolicy

/// A sample customer placed where one lint combination needs them: in the combination's
/// segment (given in the data, which overrides the rules), language and channel, with contact
/// data that channel accepts, invoices in the workflow's scope, and an as-of date on the day
/// the stage starts for the oldest of them, so `days_overdue` and the totals look as they
/// would on that day. The run's own composer then builds the message.
struct SampleMessage {
    var customer: Customer
    var asOf: LocalDate

    init(base: Customer, workflow: Workflow, stageIndex index: Int, channel: ChannelKind, locale: String) {
        var customer = base
        customer.segment = workflow.id
        customer.locale = locale
        customer.preferredChannel = channel
        if Policy.contactProblem(.email, customer: customer) != nil { customer.email = "sample@example.com" }
        if Policy.contactProblem(.sms, customer: customer) != nil { customer.phone = "+31612345678" }
        if Policy.contactProblem(.letter, customer: customer) != nil {
            customer.street = "Stationsplein 1"
            customer.postalCode = "3511 ED"
            customer.city = "Utrecht"
            customer.country = "NL"
        }
        let inScope: (Invoice) -> Bool = workflow.scope == .disputed ? { $0.status == .disputed } : { $0.isDunnable }
        if !customer.invoices.contains(where: inScope) {
            var invoice = customer.invoices.last ?? SampleCustomers.builtIn.invoices[0]
            invoice.status = workflow.scope == .disputed ? .disputed : .open
            invoice.openAmount = invoice.amount
            invoice.paidDate = nil
            if customer.invoices.isEmpty { customer.invoices = [invoice] } else { customer.invoices[customer.invoices.count - 1] = invoice }
        }
        let oldest = customer.invoices.filter(inScope).map(\.dueDate).min() ?? LocalDate.distantPast
        self.customer = customer
        self.asOf = oldest.adding(days: workflow.stages[index].dayOffset)
    }
}
