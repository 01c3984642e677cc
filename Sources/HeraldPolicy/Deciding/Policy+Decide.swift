import Foundation
import HeraldDiagnostics
import HeraldModel

extension Policy {
    /// Decides what to send `customer` on `asOf`.
    ///
    /// The rules (documented in `docs/policy.md`):
    /// 1. The segment comes from the data or the rules (``segment(for:history:)``).
    /// 2. A workflow with `scope: overdue` looks at the customer's open, undisputed invoices
    ///    with something left to pay; disputed invoices are never dunned. A `scope: disputed`
    ///    workflow looks at the disputed invoices only, counting days as at least 0 so a
    ///    dispute is acknowledged even before the due date.
    /// 3. One message per customer per run, at the stage the **oldest** invoice has reached:
    ///    the highest stage whose day offset is at most that invoice's days overdue.
    /// 4. A stage that `requires` an earlier one waits until that stage went out at least its
    ///    `days` before `asOf`; until then the stage before it is the due one (a collection
    ///    hand-over never comes out of the blue).
    /// 5. A stage in `alreadySent` is never sent again, and neither is an earlier one once a
    ///    later stage went out. Due stages that were never sent are skipped (noted in the plan):
    ///    the highest due stage wins.
    /// 6. The message covers every invoice in scope that is overdue (for a stage at or before
    ///    the due date: every invoice within the stage's window), oldest due date first.
    /// 7. The channel is the preferred (or forced) one if its contact data is valid, else the
    ///    stage's fallback order; with none usable the customer is held.
    /// 8. When every stage of a dispute workflow has been sent, further messages are held.
    /// 9. A dunning message whose invoices add up to less than the policy's `minimum_amount`
    ///    is not sent (nothing due); disputes are acknowledged whatever the amount.
    /// 10. A customer on hold (`hold_until` on or after `asOf`) gets nothing. An invoice with a
    ///     promise to pay (`promised_date` on or after `asOf`) is left out of dunning; with
    ///     every open invoice promised, the customer is held. The day after a broken promise
    ///     the invoice is dunned again, at the stage its days overdue have reached.
    ///
    /// - Parameters:
    ///   - customer: The customer with all their invoices.
    ///   - history: Their payment history as of `asOf`.
    ///   - asOf: The run's date.
    ///   - alreadySent: Stage ids already sent for the customer's current invoice set (from the
    ///     ledger), each with the as-of date of the run that last sent it.
    ///   - facts: The customer's Liquid values, when the caller has built them already.
    public func decide(
        for customer: Customer, history: PaymentHistory, asOf: LocalDate, alreadySent: [String: LocalDate],
        facts: CustomerFacts? = nil
    ) -> Decision {
        let segment = segment(for: customer, history: history, facts: facts)
        if let until = customer.holdUntil, customer.isOnHold(asOf: asOf) {
            let why = customer.holdReason.trimmingWhitespace.isEmpty ? "" : " (\(customer.holdReason.trimmingWhitespace))"
            return .held(
                DecisionReason(
                    code: "on-hold", text: "customer on hold until \(until.iso)\(why): nothing is sent before \(until.adding(days: 1).iso)",
                    segment: segment))
        }
        guard let workflow = workflows[segment.id], !workflow.stages.isEmpty else {
            return .held(
                DecisionReason(code: "no-workflow", text: "segment '\(segment.id)' has no workflow with stages", segment: segment))
        }
        let inScope = customer.invoices.filter {
            switch workflow.scope {
            case .overdue: $0.isDunnable && !$0.isPromised(asOf: asOf)
            case .disputed: $0.status == .disputed
            }
        }
        let daysOf: (Invoice) -> Int = {
            let days = $0.daysOverdue(asOf: asOf)
            return workflow.scope == .disputed ? max(0, days) : days
        }
        guard let oldest = inScope.max(by: { (daysOf($0), $1.number) < (daysOf($1), $0.number) }) else {
            let promised = customer.invoices.filter { $0.isDunnable && $0.isPromised(asOf: asOf) }
            if workflow.scope == .overdue, !promised.isEmpty {
                return .held(Self.promiseReason(promised, segment: segment))
            }
            let text =
                workflow.scope == .disputed
                ? "no disputed invoices" : "no open undisputed invoices" + heldDisputes(customer)
            return .nothingDue(DecisionReason(code: "no-open-invoices", text: text, segment: segment))
        }
        let days = daysOf(oldest)
        let stages = workflow.stages
        guard let lastDueByDate = stages.lastIndex(where: { $0.dayOffset <= days }) else {
            let first = stages[0]
            return .nothingDue(
                DecisionReason(
                    code: "not-yet-due",
                    text: "oldest invoice \(oldest.number) is \(Self.describe(days: days)); first stage '\(first.id)' starts at \(Self.describe(offset: first.dayOffset)) (in \(Counted.phrase(first.dayOffset - days, "day")))",
                    segment: segment, invoiceNumbers: [oldest.number]))
        }
        // A stage that waits for an earlier one gives way to the stage before it; `heldBack`
        // keeps the lowest such stage, the next one to go out.
        var dueIndex = lastDueByDate
        var heldBack: (index: Int, text: String)?
        while dueIndex > 0, let requirement = stages[dueIndex].requires {
            let earliest = requirement.earliestDate(sent: alreadySent)
            if let earliest, earliest <= asOf { break }
            heldBack = (dueIndex, Self.describe(waiting: stages[dueIndex], for: requirement, from: earliest))
            dueIndex -= 1
        }
        let stage = stages[dueIndex]
        if let sentIndex = stages.indices.last(where: { alreadySent[stages[$0].id] != nil }), sentIndex >= dueIndex {
            let sent = stages[sentIndex]
            var text = "stage '\(sent.id)' already sent"
            if workflow.scope == .disputed, sentIndex == stages.count - 1 {
                let waiting = customer.invoices.filter(\.isDunnable).filter { $0.daysOverdue(asOf: asOf) > 0 }
                text = "dispute acknowledged ('\(sent.id)' sent); reminders held while the dispute is open"
                if !waiting.isEmpty {
                    text += "; \(Counted.phrase(waiting.count, "undisputed overdue invoice")) \(waiting.count == 1 ? "waits" : "wait"): "
                        + waiting.map(\.number).joined(separator: ", ")
                }
                return .held(DecisionReason(code: "dispute-held", text: text, segment: segment, invoiceNumbers: inScope.map(\.number)))
            }
            if let heldBack, heldBack.index > sentIndex {
                text += "; \(heldBack.text)"
            } else if sentIndex + 1 < stages.count {
                let next = stages[sentIndex + 1]
                text += "; next stage '\(next.id)' at \(Self.describe(offset: next.dayOffset)) (in \(Counted.phrase(next.dayOffset - days, "day")))"
            } else {
                text += "; it is the last stage of workflow '\(workflow.id)'"
            }
            return .nothingDue(
                DecisionReason(code: "already-sent", text: text, segment: segment, invoiceNumbers: [oldest.number]))
        }
        let windowStart = min(stage.dayOffset, 1)
        let covered = inScope.filter { daysOf($0) >= windowStart }
            .sorted { ($0.dueDate, $0.number) < ($1.dueDate, $1.number) }
        let currency = history.currency.isEmpty ? oldest.currency : history.currency
        let total = covered.filter { $0.currency == currency }.reduce(Decimal(0)) { $0 + $1.openAmount }
        if workflow.scope == .overdue, total < minimumAmount, let small = Self.belowMinimum(covered, minimum: minimumAmount) {
            return .nothingDue(
                DecisionReason(
                    code: "below-minimum",
                    text: "\(Counted.phrase(covered.count, "invoice")) due for stage '\(stage.id)' \(covered.count == 1 ? "comes" : "add up") to \(small), below the policy's minimum_amount of \(DecimalText.format(minimumAmount, minimumFractionDigits: 2))",
                    segment: segment, invoiceNumbers: covered.map(\.number)))
        }
        let (channel, steps) = Self.chooseChannel(for: stage, customer: customer)
        guard let channel else {
            return .held(
                DecisionReason(
                    code: "no-channel", text: "no usable channel for stage '\(stage.id)': " + ChannelStep.explain(steps).joined(separator: "; "),
                    segment: segment, invoiceNumbers: covered.map(\.number), channelSteps: steps))
        }
        let skipped = stages[..<dueIndex].filter { alreadySent[$0.id] == nil }.map(\.id)
        return .send(
            StagePlan(
                customerID: customer.id, segment: segment, stage: stage, stageIndex: dueIndex + 1,
                stageCount: stages.count, daysOverdue: days, invoices: covered, channel: channel, channelSteps: steps,
                fee: stage.fee ?? 0, currency: currency, coveredTotal: total, skippedStages: skipped, heldBack: heldBack?.text,
                idempotencyKey: IdempotencyKey(customerID: customer.id, stage: stage.id, invoiceNumbers: covered.map(\.number))))
    }

    /// The invoice numbers whose ledger entries count as "already sent" for this customer:
    /// their open and disputed invoices. The pipeline passes the stages of ledger entries that
    /// cover any of these.
    public static func currentInvoiceNumbers(of customer: Customer) -> Set<String> {
        Set(customer.invoices.filter { $0.status != .paid && $0.openAmount > 0 }.map(\.number))
    }

    private func heldDisputes(_ customer: Customer) -> String {
        let disputed = customer.invoices.filter { $0.status == .disputed }
        let verb = disputed.count == 1 ? "is" : "are"
        return disputed.isEmpty ? "" : " (\(Counted.phrase(disputed.count, "disputed invoice")) \(verb) not dunned)"
    }

    /// Why `stage` is not sent yet: `'collection-handover' waits for 'final-notice' (not sent
    /// yet), then 14 days` or `'collection-handover' from 2026-12-04, 14 days after 'final-notice'`.
    /// The largest per-currency total of `invoices` as text (`3.20 EUR`) when even it is below
    /// `minimum`; `nil` when there is no minimum or the amount is enough. Called only when the
    /// main currency's total is short, so a message that is sent builds no table of totals.
    static func belowMinimum(_ invoices: [Invoice], minimum: Decimal) -> String? {
        guard minimum > 0 else { return nil }
        var totals: [String: Decimal] = [:]
        for invoice in invoices { totals[invoice.currency, default: 0] += invoice.openAmount }
        guard let largest = totals.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), largest.value < minimum else { return nil }
        return "\(DecimalText.format(largest.value, minimumFractionDigits: 2)) \(largest.key)"
    }

    /// Why a customer whose every open invoice is covered by a promise to pay gets nothing.
    static func promiseReason(_ promised: [Invoice], segment: SegmentMatch) -> DecisionReason {
        let sorted = promised.sorted { ($0.promisedDate ?? .distantPast, $0.number) < ($1.promisedDate ?? .distantPast, $1.number) }
        let list = sorted.map { "\($0.number) by \($0.promisedDate?.iso ?? "")" }.joined(separator: ", ")
        return DecisionReason(
            code: "promised",
            text: "payment promised (\(list)): reminders resume the day after a promise if the invoice is still open",
            segment: segment, invoiceNumbers: sorted.map(\.number))
    }

    static func describe(waiting stage: Stage, for requirement: StageRequirement, from earliest: LocalDate?) -> String {
        guard let earliest else {
            return "'\(stage.id)' waits for '\(requirement.stage)' (not sent yet), then \(Counted.phrase(requirement.days, "day"))"
        }
        return "'\(stage.id)' from \(earliest.iso), \(Counted.phrase(requirement.days, "day")) after '\(requirement.stage)'"
    }

    static func describe(days: Int) -> String {
        days > 0 ? "\(Counted.phrase(days, "day")) overdue" : days == 0 ? "due today" : "due in \(Counted.phrase(-days, "day"))"
    }

    static func describe(offset: Int) -> String { offset >= 0 ? "+\(offset)" : "\(offset)" }
}
