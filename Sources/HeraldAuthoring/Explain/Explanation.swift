import HeraldLocale
import HeraldModel
import HeraldOutbox
import HeraldPolicy
import HeraldRun
import HeraldTemplates

/// Why a customer gets the message they get: the run's own decision trail for one customer,
/// plus the ledger entries already sent. `herald explain` prints it.
public struct Explanation: Sendable {
    /// The customer.
    public var customer: Customer
    /// The day looked at.
    public var asOf: LocalDate
    /// What the run's composer decided and built (or why not).
    public var outcome: ComposedOutcome
    /// The template file for each part of the message, as the run resolves them.
    public var templates: [(part: TemplatePart, path: String?)]
    /// Every ledger entry for the customer, oldest first.
    public var ledger: [LedgerEntry]
    /// The stages the ledger counts as sent for the customer's current invoices, each with
    /// the as-of date of the last run that sent it.
    public var alreadySent: [String: LocalDate]

    /// Open invoices a promise to pay keeps out of today's message (empty unless a message is
    /// sent: with every open invoice promised, the decision itself says so).
    public var promisedInvoices: [Invoice] {
        guard case .send = outcome.decision else { return [] }
        return customer.invoices.filter { $0.isDunnable && $0.isPromised(asOf: asOf) }
    }

    /// Explains what `composer` does for `customer` on `asOf`, given the ledger.
    ///
    /// - Parameters:
    ///   - customer: The customer with all their invoices.
    ///   - asOf: The day to look at.
    ///   - composer: The run's composer.
    ///   - ledger: Every ledger entry for the customer.
    public init(customer: Customer, asOf: LocalDate, composer: MessageComposer, ledger: [LedgerEntry]) {
        let sent = Self.alreadySent(customer: customer, ledger: ledger)
        let outcome = composer.compose(customer: customer, asOf: asOf, alreadySent: sent)
        var templates: [(TemplatePart, String?)] = []
        if case .send(let plan) = outcome.decision {
            if let message = outcome.message {
                templates = message.templatePaths.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            } else {
                let locale = LocaleTag(customer.locale)
                for part in TemplatePart.parts(forChannel: plan.channel.rawValue) {
                    let selection = TemplateSelection(
                        stage: plan.stage.template, part: part, segment: plan.segment.id, locale: locale)
                    let path = composer.context.renderer.templates.resolve(selection)?.path
                    if path != nil || !part.isOptional { templates.append((part, path)) }
                }
            }
        }
        self.customer = customer
        self.asOf = asOf
        self.outcome = outcome
        self.templates = templates
        self.ledger = ledger
        self.alreadySent = sent
    }

    /// The stages the ledger records for any of the customer's current (open or disputed)
    /// invoices: the rule `herald run` applies (see `Policy.currentInvoiceNumbers(of:)`).
    public static func alreadySent(customer: Customer, ledger: [LedgerEntry]) -> [String: LocalDate] {
        SentIndex(entries: ledger).stages(for: customer)
    }
}
