import Foundation
import HeraldModel
import HeraldPolicy
import Testing

@Suite struct DecisionTests {
    func decide(_ customer: Customer, sent: [String: LocalDate] = [:]) throws -> Decision {
        let policy = try Fixtures.shippedPolicy()
        let history = PaymentHistory(invoices: customer.invoices, asOf: Fixtures.asOf, rules: policy.historyRules)
        return policy.decide(for: customer, history: history, asOf: Fixtures.asOf, alreadySent: sent)
    }

    /// These stages, as sent by a run a week before ``Fixtures/asOf``.
    func weekAgo(_ stages: String...) -> [String: LocalDate] {
        Dictionary(uniqueKeysWithValues: stages.map { ($0, Fixtures.asOf.adding(days: -7)) })
    }

    /// A customer in `occasional` (one earlier late payment) with these open invoices.
    func occasional(_ open: [Invoice], channel: ChannelKind = .email, email: String = "anna@example.com") -> Customer {
        Fixtures.customer(
            channel: channel, email: email,
            invoices: [Fixtures.invoice("OLD", daysOverdue: 90, status: .paid, paidDaysLate: 6)] + open)
    }

    @Test func sendsACourtesyNoticeBeforeTheDueDate() throws {
        let decision = try decide(occasional([Fixtures.invoice("A", daysOverdue: -2)]))
        let plan = try #require(decision.plan)
        #expect(plan.segment.id == "occasional")
        #expect(plan.stage.id == "courtesy")
        #expect(plan.daysOverdue == -2)
        #expect(plan.invoiceNumbers == ["A"])
        #expect(plan.stageIndex == 1 && plan.stageCount == 4 && !plan.isFinal)
    }

    @Test func waitsUntilTheFirstStageIsReached() throws {
        let decision = try decide(occasional([Fixtures.invoice("A", daysOverdue: -10)]))
        let reason = try #require(decision.reason)
        #expect(reason.code == "not-yet-due")
        #expect(reason.text == "oldest invoice A is due in 10 days; first stage 'courtesy' starts at -3 (in 7 days)")
    }

    @Test func picksTheStageTheOldestInvoiceHasReachedAndCoversAllOverdueInvoices() throws {
        let decision = try decide(
            occasional([
                Fixtures.invoice("NEW", daysOverdue: 2, amount: "20.20"), Fixtures.invoice("OLDEST", daysOverdue: 15, amount: "10.10"),
                Fixtures.invoice("NOTDUE", daysOverdue: -5),
            ]), sent: weekAgo("courtesy", "reminder-1"))
        let plan = try #require(decision.plan)
        #expect(plan.stage.id == "reminder-2")
        #expect(plan.daysOverdue == 15)
        #expect(plan.invoiceNumbers == ["OLDEST", "NEW"])
        #expect(plan.coveredTotal == DecimalText.parse("30.30"))
        #expect(plan.skippedStages.isEmpty)
        #expect(plan.idempotencyKey == IdempotencyKey(customerID: "C1", stage: "reminder-2", invoiceNumbers: ["NEW", "OLDEST"]))
    }

    @Test func neverSendsAStageTwice() throws {
        let decision = try decide(occasional([Fixtures.invoice("A", daysOverdue: 20)]), sent: weekAgo("reminder-1", "reminder-2"))
        let reason = try #require(decision.reason)
        #expect(reason.code == "already-sent")
        #expect(reason.text == "stage 'reminder-2' already sent; next stage 'final-notice' at +28 (in 8 days)")
    }

    @Test func aSingleDayOrInvoiceReadsAsOne() throws {
        let tomorrow = try decide(occasional([Fixtures.invoice("A", daysOverdue: 2)]), sent: weekAgo("courtesy"))
        #expect(tomorrow.reason?.text == "stage 'courtesy' already sent; next stage 'reminder-1' at +3 (in 1 day)")
        let notYet = try decide(occasional([Fixtures.invoice("A", daysOverdue: -4)]))
        #expect(notYet.reason?.text == "oldest invoice A is due in 4 days; first stage 'courtesy' starts at -3 (in 1 day)")
        let sending = try decide(occasional([Fixtures.invoice("A", daysOverdue: 3)]), sent: weekAgo("courtesy"))
        #expect(sending.summary.hasSuffix("3 days overdue, 1 invoice)"))
    }

    /// A reliable payer with one invoice 36 days overdue gets the reliable workflow's final
    /// notice. With open invoices counting as late payments from day 31, the invoice being
    /// chased made its customer chronic-late and the reliable final notice (day 35) never went out.
    @Test func theInvoiceBeingChasedDoesNotMoveItsCustomerToAnotherSegment() throws {
        let paidOnTime = [
            Fixtures.invoice("P1", daysOverdue: 150, status: .paid, paidDaysLate: 0),
            Fixtures.invoice("P2", daysOverdue: 90, status: .paid, paidDaysLate: 0),
        ]
        let decision = try decide(
            Fixtures.customer(invoices: paidOnTime + [Fixtures.invoice("A", daysOverdue: 36)]),
            sent: weekAgo("reminder-1", "reminder-2"))
        let plan = try #require(decision.plan)
        #expect(plan.segment.id == "reliable")
        #expect(plan.stage.id == "final-notice")
        #expect(plan.fee == 0)

        let longAfter = try decide(
            Fixtures.customer(invoices: paidOnTime + [Fixtures.invoice("A", daysOverdue: 61)]),
            sent: ["reminder-1": Fixtures.asOf.adding(days: -56), "final-notice": Fixtures.asOf.adding(days: -26)])
        #expect(longAfter.segment.id == "chronic-late")
        #expect(longAfter.plan?.stage.id == "collection-handover")
    }

    @Test func neverGoesBackToAnEarlierStage() throws {
        let decision = try decide(occasional([Fixtures.invoice("A", daysOverdue: 5)]), sent: weekAgo("final-notice"))
        #expect(decision.reason?.code == "already-sent")
    }

    @Test func sendsTheHighestDueStageWhenEarlierOnesWereNeverSent() throws {
        let decision = try decide(occasional([Fixtures.invoice("A", daysOverdue: 30)]))
        let plan = try #require(decision.plan)
        #expect(plan.stage.id == "final-notice")
        #expect(plan.skippedStages == ["courtesy", "reminder-1", "reminder-2"])
        #expect(plan.channel == .letter)
        #expect(plan.stage.postage == .priority)
        #expect(plan.isFinal)
    }

    @Test func chargesTheStageFee() throws {
        let customer = Fixtures.customer(invoices: [
            Fixtures.invoice("P1", daysOverdue: 100, status: .paid, paidDaysLate: 40), Fixtures.invoice("A", daysOverdue: 9),
        ])
        let plan = try #require(try decide(customer, sent: weekAgo("reminder-1")).plan)
        #expect(plan.segment.id == "chronic-late")
        #expect(plan.stage.id == "reminder-2")
        #expect(plan.fee == DecimalText.parse("7.50"))
    }

    @Test func marksTheCollectionHandover() throws {
        let customer = Fixtures.customer(invoices: [Fixtures.invoice("A", daysOverdue: 29, amount: "6000.00")])
        let plan = try #require(try decide(customer, sent: ["final-notice": Fixtures.asOf.adding(days: -15)]).plan)
        #expect(plan.segment.id == "high-exposure")
        #expect(plan.stage.id == "collection-handover" && plan.stage.handover && plan.isFinal)
    }

    /// A `chronic-late` customer (an earlier invoice paid 40 days late) whose oldest open
    /// invoice is 40 days overdue: past the hand-over day (+30).
    var chronicLatePastHandover: Customer {
        Fixtures.customer(invoices: [
            Fixtures.invoice("P1", daysOverdue: 100, status: .paid, paidDaysLate: 40), Fixtures.invoice("A", daysOverdue: 40),
        ])
    }

    @Test func neverHandsOverBeforeAFinalNoticeWentOut() throws {
        let plan = try #require(try decide(chronicLatePastHandover, sent: weekAgo("reminder-1")).plan)
        #expect(plan.segment.id == "chronic-late")
        #expect(plan.stage.id == "final-notice" && !plan.stage.handover)
        #expect(plan.skippedStages == ["reminder-2"])
        #expect(plan.heldBack == "'collection-handover' waits for 'final-notice' (not sent yet), then 14 days")
    }

    @Test func handsOverOnlyOnceTheFinalNoticeIsOldEnough() throws {
        let sentOn = Fixtures.asOf.adding(days: -13)
        let waiting = try decide(chronicLatePastHandover, sent: ["final-notice": sentOn])
        #expect(waiting.reason?.code == "already-sent")
        #expect(
            waiting.reason?.text
                == "stage 'final-notice' already sent; 'collection-handover' from \(Fixtures.asOf.adding(days: 1).iso), 14 days after 'final-notice'")

        let due = try #require(try decide(chronicLatePastHandover, sent: ["final-notice": Fixtures.asOf.adding(days: -14)]).plan)
        #expect(due.stage.id == "collection-handover" && due.stage.handover)
        #expect(due.heldBack == nil)
    }

    @Test func acknowledgesADisputeOnceThenHoldsReminders() throws {
        let customer = Fixtures.customer(invoices: [
            Fixtures.invoice("D", daysOverdue: -4, status: .disputed), Fixtures.invoice("A", daysOverdue: 40),
        ])
        let first = try #require(try decide(customer).plan)
        #expect(first.segment.id == "disputed")
        #expect(first.stage.id == "dispute-ack")
        #expect(first.invoiceNumbers == ["D"])
        let second = try decide(customer, sent: weekAgo("dispute-ack"))
        #expect(second.isHeld)
        #expect(second.reason?.code == "dispute-held")
        #expect(second.reason?.text == "dispute acknowledged ('dispute-ack' sent); reminders held while the dispute is open; 1 undisputed overdue invoice waits: A")
    }

    @Test func neverDunsDisputedInvoicesInOtherSegments() throws {
        let customer = Fixtures.customer(segment: "reliable", invoices: [
            Fixtures.invoice("D", daysOverdue: 60, status: .disputed), Fixtures.invoice("A", daysOverdue: 6),
        ])
        let plan = try #require(try decide(customer).plan)
        #expect(plan.stage.id == "reminder-1")
        #expect(plan.daysOverdue == 6)
        #expect(plan.invoiceNumbers == ["A"])
    }

    @Test func hasNothingToDoWithoutOpenInvoices() throws {
        let customer = Fixtures.customer(invoices: [Fixtures.invoice("P", daysOverdue: 10, status: .paid, paidDaysLate: 0)])
        #expect(try decide(customer).reason?.code == "no-open-invoices")
    }
}
