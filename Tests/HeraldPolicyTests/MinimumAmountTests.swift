import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldPolicy
import Testing

/// `minimum_amount`: no reminder about a few cents left over; the shipped policy says 5.00.
@Suite struct MinimumAmountTests {
    func decide(_ invoices: [Invoice]) throws -> Decision {
        let policy = try Fixtures.shippedPolicy()
        let customer = Fixtures.customer(invoices: invoices)
        let history = PaymentHistory(invoices: invoices, asOf: Fixtures.asOf, rules: policy.historyRules)
        return policy.decide(for: customer, history: history, asOf: Fixtures.asOf, alreadySent: [:])
    }

    @Test func aReminderForLessThanTheMinimumIsNotSent() throws {
        let decision = try decide([Fixtures.invoice("A", daysOverdue: 8, amount: "3.20")])
        guard case .nothingDue(let reason) = decision else {
            Issue.record("expected nothing due, got \(decision.summary)")
            return
        }
        #expect(reason.code == "below-minimum")
        #expect(reason.text == "1 invoice due for stage 'reminder-1' comes to 3.20 EUR, below the policy's minimum_amount of 5.00")
    }

    @Test func invoicesTogetherReachingTheMinimumAreSent() throws {
        let decision = try decide([
            Fixtures.invoice("A", daysOverdue: 8, amount: "3.20"), Fixtures.invoice("B", daysOverdue: 6, amount: "1.80"),
        ])
        #expect(decision.plan?.invoiceNumbers == ["A", "B"], "5.00 is enough: \(decision.summary)")
    }

    /// The total that counts is the largest in any one currency, so a small euro remainder
    /// does not hide a pound invoice that is worth a reminder, nor the other way round.
    @Test func eachCurrencyIsTotalledOnItsOwn() throws {
        let mixed = try decide([
            Fixtures.invoice("A", daysOverdue: 8, amount: "3.00"), Fixtures.invoice("B", daysOverdue: 8, amount: "3.00", currency: "GBP"),
        ])
        #expect(mixed.reason?.code == "below-minimum", "3.00 in each currency is not 6.00 in any")
        #expect(mixed.reason?.text == "2 invoices due for stage 'reminder-1' add up to 3.00 EUR, below the policy's minimum_amount of 5.00")
        let pounds = try decide([
            Fixtures.invoice("A", daysOverdue: 8, amount: "3.00"), Fixtures.invoice("B", daysOverdue: 8, amount: "40.00", currency: "GBP"),
        ])
        #expect(pounds.plan != nil, "\(pounds.summary)")
    }

    @Test func aDisputeIsAcknowledgedWhateverTheAmount() throws {
        let decision = try decide([Fixtures.invoice("D", daysOverdue: 3, amount: "0.50", status: .disputed)])
        #expect(decision.plan?.stage.id == "dispute-ack", "\(decision.summary)")
    }

    @Test func aMinimumThatIsNotAnAmountIsReportedWhereItIs() throws {
        let text = try String(contentsOf: Fixtures.shippedPolicyURL, encoding: .utf8)
            .replacingOccurrences(of: "minimum_amount: 5.00", with: "minimum_amount: 5 EUR")
        let diagnostics = PolicyLoader.parse(text, file: "herald.yaml", conditions: TestConditionCompiler()).diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "'minimum_amount' must be an amount such as 7.50, found '5 EUR'")
        #expect(diagnostics.first?.location?.column == 17)
    }
}
