import HeraldModel
import HeraldPolicy
import HeraldRun
import Testing

/// Segment rules in herald.yaml see the run's day as `as_of`, so date rules need no clock.
@Suite struct SegmentConditionDataTests {
    func customer(apkDue: String) throws -> Customer {
        let line = """
            {"customer_id":"C1","locale":"en-GB","preferred_channel":"email","email":"a@example.com",\
            "apk_due_date":"\(apkDue)","invoices":[]}
            """
        return try RecordDecoder.decodeJSONLine(Array(line.utf8), lineNumber: 1).get()
    }

    @Test func aRuleComparesACustomerDateWithTheRunsDay() throws {
        let condition = try LiquidConditionCompiler().compile(
            "customer.apk_due_date < as_of", name: "herald.yaml:segments[0].when")
        let due = try customer(apkDue: "2026-11-01")
        let later = try customer(apkDue: "2027-01-15")
        let history = PaymentHistory(invoices: [], asOf: RunFixtures.asOf)
        #expect(try condition.evaluate(Policy.conditionData(customer: due, history: history)))
        #expect(try !condition.evaluate(Policy.conditionData(customer: later, history: history)))
    }
}
