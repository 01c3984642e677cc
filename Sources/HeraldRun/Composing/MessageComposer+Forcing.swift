import Foundation
import HeraldModel
import HeraldPolicy

extension MessageComposer {
    /// The decision for a stage chosen by hand (previews): the stage of that id in the
    /// customer's workflow, or else in the first workflow that has it; every invoice in the
    /// workflow's scope that the stage's window covers (all of them when none is overdue yet).
    static func forcedDecision(
        policy: Policy, customer: Customer, history: PaymentHistory, asOf: LocalDate, stageID: String
    ) -> Decision {
        let segment = policy.segment(for: customer, history: history)
        let own = policy.workflows[segment.id]
        let workflow =
            own?.stages.contains(where: { $0.id == stageID }) == true
            ? own
            : policy.workflows.keys.sorted().compactMap { policy.workflows[$0] }.first {
                $0.stages.contains { $0.id == stageID }
            }
        guard let workflow, let index = workflow.stages.firstIndex(where: { $0.id == stageID }) else {
            let known = Set(policy.workflows.values.flatMap { $0.stages.map(\.id) }).sorted()
            return .held(
                DecisionReason(
                    code: "unknown-stage",
                    text:
                        "no workflow in herald.yaml has a stage '\(stageID)' (stages: \(known.joined(separator: ", ")))",
                    segment: segment))
        }
        let stage = workflow.stages[index]
        let inScope = customer.invoices.filter { workflow.scope == .disputed ? $0.status == .disputed : $0.isDunnable }
        let daysOf: (Invoice) -> Int = {
            let days = $0.daysOverdue(asOf: asOf)
            return workflow.scope == .disputed ? max(0, days) : days
        }
        let windowStart = min(stage.dayOffset, 1)
        var covered = inScope.filter { daysOf($0) >= windowStart }
        if covered.isEmpty { covered = inScope }
        covered.sort { ($0.dueDate, $0.number) < ($1.dueDate, $1.number) }
        guard !covered.isEmpty else {
            return .nothingDue(
                DecisionReason(
                    code: "no-open-invoices", text: "no invoices in the scope of workflow '\(workflow.id)'",
                    segment: segment))
        }
        let (channel, steps) = Policy.chooseChannel(for: stage, customer: customer)
        guard let channel else {
            return .held(
                DecisionReason(
                    code: "no-channel",
                    text: "no usable channel for stage '\(stage.id)': "
                        + ChannelStep.explain(steps).joined(separator: "; "),
                    segment: segment, invoiceNumbers: covered.map(\.number), channelSteps: steps))
        }
        let currency = history.currency.isEmpty ? covered[0].currency : history.currency
        let total = covered.filter { $0.currency == currency }.reduce(Decimal(0)) { $0 + $1.openAmount }
        return .send(
            StagePlan(
                customerID: customer.id, segment: segment, stage: stage, stageIndex: index + 1,
                stageCount: workflow.stages.count, daysOverdue: covered.map(daysOf).max() ?? 0, invoices: covered,
                channel: channel, channelSteps: steps, fee: stage.fee ?? 0, currency: currency, coveredTotal: total,
                skippedStages: [],
                idempotencyKey: IdempotencyKey(
                    customerID: customer.id, stage: stage.id, invoiceNumbers: covered.map(\.number))))
    }

    /// The decision with its channel replaced by `channel` (previews). A channel whose contact
    /// data is unusable turns the decision into a `no-channel` hold that says why.
    static func forcing(_ channel: ChannelKind, on decision: Decision, customer: Customer) -> Decision {
        guard case .send(var plan) = decision else { return decision }
        let problem = Policy.contactProblem(channel, customer: customer)
        let step = ChannelStep(channel: channel, role: .forced, problem: problem)
        guard problem == nil else {
            return .held(
                DecisionReason(
                    code: "no-channel", text: "forced \(channel.rawValue): \(problem ?? "")", segment: plan.segment,
                    invoiceNumbers: plan.invoiceNumbers, channelSteps: [step]))
        }
        plan.channel = channel
        plan.channelSteps = [step]
        return .send(plan)
    }
}
