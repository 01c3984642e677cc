import HeraldDiagnostics
import HeraldModel
import HeraldPolicy
import HeraldTemplates

/// The pure per-customer path of a dunning run: history → segment → stage → channel →
/// render → checks → channel bytes.
///
/// It reads no files, clock or ledger: the caller passes the date and the stages already
/// sent. `herald run` calls it for every customer; `herald preview` and `herald explain` call
/// it for one, so what an editor previews is byte for byte what the run sends.
///
/// ```swift
/// let composer = MessageComposer(context: try RunContext.load(projectRoot: root))
/// let outcome = composer.compose(customer: customer, asOf: LocalDate(2026, 11, 29)!, alreadySent: [:])
/// switch outcome.result {
/// case .message(let message): print(message.fileExtension, message.bytes.count)
/// case .rejected(let rejection): print(rejection.code, rejection.reason)
/// case .nothingDue(let reason), .held(let reason): print(reason.text)
/// }
/// ```
public struct MessageComposer: Sendable {
    /// The project loaded once.
    public let context: RunContext

    /// Creates a composer over a loaded project.
    public init(context: RunContext) { self.context = context }

    /// Decides and builds the message for one customer.
    ///
    /// - Parameters:
    ///   - customer: The customer with all their invoices.
    ///   - asOf: The run's date ("today").
    ///   - alreadySent: Stage ids the ledger records for this customer's current invoices, with
    ///     the date each last went out
    ///     (see ``Outbox``-backed callers); ignored when `forcedStage` is given.
    ///   - forcedStage: Build this stage (of the customer's workflow, or else of any workflow)
    ///     whatever the dates say: for previews.
    ///   - forcedChannel: Use this channel instead of the policy's choice: for previews.
    /// - Returns: The decision trail and the message, or why there is none.
    public func compose(
        customer: Customer, asOf: LocalDate, alreadySent: [String: LocalDate], forcedStage: String? = nil,
        forcedChannel: ChannelKind? = nil
    ) -> ComposedOutcome {
        let policy = context.policy
        let history = PaymentHistory(invoices: customer.invoices, asOf: asOf, rules: policy.historyRules)
        let facts = CustomerFacts(customer: customer, history: history)
        var decision: Decision
        if let forcedStage {
            decision = Self.forcedDecision(
                policy: policy, customer: customer, history: history, asOf: asOf, stageID: forcedStage)
        } else {
            decision = policy.decide(
                for: customer, history: history, asOf: asOf, alreadySent: alreadySent, facts: facts)
        }
        if let forcedChannel { decision = Self.forcing(forcedChannel, on: decision, customer: customer) }
        var outcome = ComposedOutcome(
            customerID: customer.id, history: history, decision: decision,
            result: .held(
                DecisionReason(code: "undecided", text: "", segment: decision.segment)))
        switch decision {
        case .nothingDue(let reason):
            outcome.result = .nothingDue(reason)
        case .held(let reason):
            outcome.result = Self.isRejection(reason) ? .rejected(Self.rejection(for: reason)) : .held(reason)
        case .send(let plan):
            do {
                outcome.result = .message(
                    try build(plan, customer: customer, history: history, asOf: asOf, facts: facts))
            } catch {
                outcome.result = .rejected(
                    MessageRejection(stage: plan.stage.id, channel: plan.channel, diagnostics: error.diagnostics))
            }
        }
        return outcome
    }

    /// Renders, checks and packs one planned message.
    ///
    /// - Throws: `DiagnosticError` with every problem: template errors, invalid XHTML, SMS
    ///   limits, address problems, an invalid print manifest.
    func build(
        _ plan: StagePlan, customer: Customer, history: PaymentHistory, asOf: LocalDate, facts: CustomerFacts? = nil
    ) throws(DiagnosticError) -> ComposedMessage {
        let data = TemplateData(
            customer: customer, history: history, plan: plan, asOf: asOf, policy: context.policy,
            logoSource: logoSource(for: plan.channel), facts: facts)
        let rendered = try context.renderer.render(
            stage: plan.stage.template, channel: plan.channel.rawValue, segment: plan.segment.id, locale: data.locale,
            data: data.value)
        var paths: [TemplatePart: String] = [:]
        for part in rendered.parts { paths[part.part] = part.templatePath }
        let bodyPart: TemplatePart =
            switch plan.channel {
            case .email: .emailHTML
            case .sms: .sms
            case .letter: .letter
            }
        let auditTemplate = paths[bodyPart] ?? rendered.templatePaths.first ?? ""
        var warnings: [Diagnostic] = []
        let body = try channelBody(
            plan, customer: customer, rendered: rendered, auditTemplate: auditTemplate, asOf: asOf, warnings: &warnings)
        return ComposedMessage(
            plan: plan, templateData: data, templatePaths: paths, auditTemplate: auditTemplate, body: body,
            handover: plan.stage.handover ? Self.handoverRecord(plan, customer: customer, asOf: asOf) : nil,
            warnings: warnings)
    }

    /// Held decisions that mean "could not be produced" rather than "deliberately not sent".
    static func isRejection(_ reason: DecisionReason) -> Bool {
        reason.code == "no-channel" || reason.code == "no-workflow" || reason.code == "unknown-stage"
    }

    static func rejection(for reason: DecisionReason) -> MessageRejection {
        let help: String =
            switch reason.code {
            case "no-channel": "fix the customer's contact data, or add a fallback channel to the stage in herald.yaml"
            case "no-workflow": "add a workflow for the segment to herald.yaml"
            default: "use a stage id from herald.yaml"
            }
        return MessageRejection(
            stage: nil, channel: nil,
            diagnostics: [.error(DiagnosticCode(rawValue: "policy.\(reason.code)"), reason.text, help: help)])
    }
}
