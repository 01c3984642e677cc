import Foundation
import HeraldModel
import HeraldPolicy
import Testing

@Suite struct SegmentTests {
    func segment(_ invoices: [Invoice], given: String? = nil) throws -> SegmentMatch {
        let policy = try Fixtures.shippedPolicy()
        let customer = Fixtures.customer(segment: given, invoices: invoices)
        return policy.segment(for: customer, history: PaymentHistory(invoices: invoices, asOf: Fixtures.asOf))
    }

    @Test func disputedInvoicesComeFirst() throws {
        let match = try segment([
            Fixtures.invoice("A", daysOverdue: 10, status: .disputed),
            Fixtures.invoice("B", daysOverdue: 40, amount: "9000.00"),
        ])
        #expect(match.id == "disputed")
        #expect(match.source == .rule(index: 0))
        #expect(match.condition == "history.disputed_count > 0")
    }

    @Test func highExposureOnLargeOverdueAmounts() throws {
        #expect(try segment([Fixtures.invoice("A", daysOverdue: 2, amount: "5000.00")]).id == "high-exposure")
        #expect(try segment([Fixtures.invoice("A", daysOverdue: -20, amount: "12000.00")]).id == "high-exposure")
    }

    @Test func chronicLateAfterThreeLatePayments() throws {
        let match = try segment([
            Fixtures.invoice("A", daysOverdue: 100, status: .paid, paidDaysLate: 5),
            Fixtures.invoice("B", daysOverdue: 200, status: .paid, paidDaysLate: 9),
            Fixtures.invoice("C", daysOverdue: 61),
        ])
        #expect(match.id == "chronic-late")
        #expect(match.explanation == "segment 'chronic-late': rule 3 matched (history.late_payments_12m >= 3 or history.average_days_late > 30)")
    }

    @Test func chronicLateOnVeryLatePaymentsAlone() throws {
        #expect(try segment([Fixtures.invoice("A", daysOverdue: 100, status: .paid, paidDaysLate: 45)]).id == "chronic-late")
    }

    @Test func occasionalAfterOneLatePayment() throws {
        #expect(try segment([Fixtures.invoice("A", daysOverdue: 100, status: .paid, paidDaysLate: 4)]).id == "occasional")
    }

    @Test func reliableCatchesEveryoneElse() throws {
        let match = try segment([
            Fixtures.invoice("A", daysOverdue: 100, status: .paid, paidDaysLate: 0), Fixtures.invoice("B", daysOverdue: 6),
        ])
        #expect(match.id == "reliable")
        #expect(match.source == .catchAll)
    }

    @Test func aSegmentInTheDataOverridesTheRules() throws {
        let match = try segment([Fixtures.invoice("A", daysOverdue: 3, status: .disputed)], given: "reliable")
        #expect(match.id == "reliable" && match.source == .data)
    }

    @Test func anUnknownSegmentInTheDataFallsBackToTheRulesWithANote() throws {
        let match = try segment([Fixtures.invoice("A", daysOverdue: 3)], given: "vip")
        #expect(match.id == "reliable")
        #expect(match.notes == ["segment 'vip' from the data is not in herald.yaml; used the rules instead"])
    }
}
