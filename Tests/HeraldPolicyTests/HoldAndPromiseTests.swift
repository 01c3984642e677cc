import Foundation
import HeraldModel
import HeraldPolicy
import Testing

/// A credit controller pauses reminders: for a whole customer (`hold_until`: a payment plan,
/// a talk with sales) or for one invoice the customer promised to pay (`promised_date`).
@Suite struct HoldAndPromiseTests {
    func decide(_ customer: Customer, sent: [String: LocalDate] = [:]) throws -> Decision {
        let policy = try Fixtures.shippedPolicy()
        let history = PaymentHistory(invoices: customer.invoices, asOf: Fixtures.asOf, rules: policy.historyRules)
        return policy.decide(for: customer, history: history, asOf: Fixtures.asOf, alreadySent: sent)
    }

    /// The reason `customer` is held; records an issue and throws when they are not.
    func heldReason(_ customer: Customer) throws -> DecisionReason {
        let decision = try decide(customer)
        guard case .held(let reason) = decision else {
            Issue.record("expected held, got \(decision.summary)")
            throw CancellationError()
        }
        return reason
    }

    func promised(_ number: String, daysOverdue: Int, by days: Int) -> Invoice {
        var invoice = Fixtures.invoice(number, daysOverdue: daysOverdue)
        invoice.promisedDate = Fixtures.asOf.adding(days: days)
        return invoice
    }

    @Test func aCustomerOnHoldGetsNothingThroughTheLastDayOfTheHold() throws {
        var customer = Fixtures.customer(invoices: [Fixtures.invoice("A", daysOverdue: 20)])
        customer.holdUntil = Fixtures.asOf
        customer.holdReason = "payment plan agreed by phone "
        let reason = try heldReason(customer)
        #expect(reason.code == "on-hold")
        #expect(
            reason.text
                == "customer on hold until \(Fixtures.asOf.iso) (payment plan agreed by phone): nothing is sent before \(Fixtures.asOf.adding(days: 1).iso)"
        )
        customer.holdUntil = Fixtures.asOf.adding(days: -1)
        #expect(try decide(customer).plan?.stage.id == "reminder-2", "the day after the hold, dunning goes on")
    }

    @Test func aPromisedInvoiceIsLeftOutWhileTheOthersAreDunned() throws {
        let customer = Fixtures.customer(invoices: [
            promised("PROMISED", daysOverdue: 30, by: 5), Fixtures.invoice("OTHER", daysOverdue: 6),
        ])
        let plan = try #require(try decide(customer).plan)
        #expect(plan.invoiceNumbers == ["OTHER"])
        #expect(plan.daysOverdue == 6, "the stage follows the oldest invoice still dunned")
    }

    @Test func everyInvoicePromisedHoldsTheCustomerAndSaysUntilWhen() throws {
        let customer = Fixtures.customer(invoices: [promised("B", daysOverdue: 12, by: 9), promised("A", daysOverdue: 20, by: 0)])
        let reason = try heldReason(customer)
        #expect(reason.code == "promised")
        #expect(
            reason.text
                == "payment promised (A by \(Fixtures.asOf.iso), B by \(Fixtures.asOf.adding(days: 9).iso)): reminders resume the day after a promise if the invoice is still open"
        )
        #expect(reason.invoiceNumbers == ["A", "B"])
    }

    @Test func aBrokenPromiseIsDunnedAtTheStageItsDaysHaveReached() throws {
        let customer = Fixtures.customer(invoices: [promised("A", daysOverdue: 20, by: -1)])
        let plan = try #require(try decide(customer, sent: ["reminder-1": Fixtures.asOf.adding(days: -14)]).plan)
        #expect(plan.invoiceNumbers == ["A"])
        #expect(plan.stage.id == "reminder-2")
    }

    @Test func invalidHoldAndPromiseDatesRejectTheRecord() throws {
        let line = #"""
            {"customer_id": "C1", "locale": "nl-NL", "preferred_channel": "email", "hold_until": "15-12-2026", "invoices": [{"invoice_number": "A", "due_date": "2026-11-01", "amount": "10.00", "currency": "EUR", "status": "open", "promised_date": "soon"}]}
            """#
        guard case .failure(let reject) = RecordDecoder.decodeJSONLine(Array(line.utf8), lineNumber: 1) else {
            Issue.record("expected a reject: Herald must not dun a customer the user meant to hold")
            return
        }
        #expect(
            reject.problems.map(\.message) == [
                "invalid date 'soon' in invoices[0].promised_date: use YYYY-MM-DD",
                "invalid date '15-12-2026' in hold_until: use YYYY-MM-DD, such as 2026-12-15 for '15-12-2026'",
            ])
    }
}
