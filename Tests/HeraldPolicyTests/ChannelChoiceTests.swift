import HeraldModel
import HeraldPolicy
import Testing

@Suite struct ChannelChoiceTests {
    let stage = Stage(id: "reminder-1", dayOffset: 5, channel: .preferred, fallback: [.email, .sms, .letter])

    @Test func usesThePreferredChannelWhenItsDataIsValid() {
        let customer = Fixtures.customer(channel: .sms, invoices: [])
        let (channel, steps) = Policy.chooseChannel(for: stage, customer: customer)
        #expect(channel == .sms)
        #expect(ChannelStep.explain(steps) == ["preferred sms: contact data valid → chosen"])
    }

    @Test func fallsBackInOrderAndSaysWhy() {
        let customer = Fixtures.customer(channel: .email, email: "not-an-email", phone: "0612345678", invoices: [])
        let (channel, steps) = Policy.chooseChannel(for: stage, customer: customer)
        #expect(channel == .letter)
        #expect(ChannelStep.explain(steps) == [
            "preferred email: address 'not-an-email' is invalid: no '@' → fell back to sms",
            "fallback sms: number '0612345678' is not E.164: it must start with '+' → fell back to letter",
            "fallback letter: contact data valid → chosen",
        ])
    }

    @Test func honoursAForcedChannel() {
        let letter = Stage(id: "final-notice", dayOffset: 35, channel: .forced(.letter), fallback: [.email])
        let customer = Fixtures.customer(channel: .sms, street: "", invoices: [])
        let (channel, steps) = Policy.chooseChannel(for: letter, customer: customer)
        #expect(channel == .email)
        #expect(ChannelStep.explain(steps).first == "forced letter: postal address incomplete: no 'street' → fell back to email")
    }

    @Test func skipsChannelsTheStageDoesNotAllow() {
        let courtesy = Stage(id: "courtesy", dayOffset: -3, channel: .preferred, fallback: [.email, .sms], allowed: [.email, .sms])
        let customer = Fixtures.customer(channel: .letter, invoices: [])
        let (channel, steps) = Policy.chooseChannel(for: courtesy, customer: customer)
        #expect(channel == .email)
        #expect(steps.first?.problem == "not used for stage 'courtesy' (allowed: email, sms)")
    }

    @Test func holdsTheCustomerWhenNoChannelIsUsable() throws {
        let policy = try Fixtures.shippedPolicy()
        let customer = Fixtures.customer(
            channel: .email, email: "", phone: "", street: "", invoices: [Fixtures.invoice("A", daysOverdue: 6)])
        let decision = policy.decide(
            for: customer, history: PaymentHistory(invoices: customer.invoices, asOf: Fixtures.asOf), asOf: Fixtures.asOf,
            alreadySent: [:])
        #expect(decision.isHeld)
        #expect(decision.reason?.code == "no-channel")
        #expect(decision.reason?.channelSteps.count == 3)
    }
}
