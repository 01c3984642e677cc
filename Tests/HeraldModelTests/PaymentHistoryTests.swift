import Foundation
import HeraldDiagnostics
import HeraldLiquid
import HeraldModel
import OrderedCollections
import Testing

@Suite struct PaymentHistoryTests {
    let asOf = LocalDate(2026, 11, 29)!

    func invoice(
        _ number: String, due: String, amount: String = "100.00", open: String? = nil, currency: String = "EUR",
        status: InvoiceStatus = .open, paid: String? = nil
    ) -> Invoice {
        Invoice(
            number: number, dueDate: LocalDate(iso: due)!, amount: DecimalText.parse(amount)!,
            openAmount: open.flatMap { DecimalText.parse($0) }, currency: currency, status: status,
            paidDate: paid.flatMap { LocalDate(iso: $0) })
    }

    @Test func countsLatePaymentsInTheLastTwelveMonths() {
        let history = PaymentHistory(
            invoices: [
                invoice("A", due: "2026-01-10", status: .paid, paid: "2026-01-20"),  // 10 days late
                invoice("B", due: "2026-05-01", status: .paid, paid: "2026-05-01"),  // on time
                invoice("C", due: "2025-10-01", status: .paid, paid: "2025-11-28"),  // paid 12 months + 1 day ago: too old
                invoice("D", due: "2025-11-01", status: .paid, paid: "2025-11-30"),  // exactly in the window: 29 days late
                invoice("E", due: "2026-09-01"),  // open, 89 days overdue: counts
                invoice("F", due: "2026-09-30"),  // open, 60 days overdue: not yet (more than 60 counts)
                invoice("G", due: "2026-08-01", status: .disputed),  // disputed: never
            ], asOf: asOf)
        #expect(history.latePayments12m == 3)
        #expect(history.averageDaysLate == DecimalText.parse("42.7"))  // (10 + 29 + 89) / 3
        #expect(history.invoiceCount == 7)
        #expect(history.disputedCount == 1)
    }

    @Test(arguments: [[10], [1, 2], [1, 1, 1, 2], [1, 1, 2], [1, 2, 2], [3, 4, 4, 4, 5, 6], [7, 7, 8], [1, 2, 3]])
    func averageDaysLateIsTheDecimalMeanRoundedHalfUpToTenths(daysLate: [Int]) {
        let paidLate = daysLate.enumerated().map { index, days in
            let due = LocalDate(2026, 6, 1)!.adding(days: index)
            return Invoice(
                number: "P\(index)", dueDate: due, amount: 100, openAmount: 0, currency: "EUR", status: .paid,
                paidDate: due.adding(days: days))
        }
        let history = PaymentHistory(invoices: paidLate, asOf: asOf)
        let expected = DecimalText.rounded(
            Decimal(daysLate.reduce(0, +)) / Decimal(daysLate.count), places: 1)
        #expect(history.averageDaysLate == expected)
        // The same form too, so templates print `12` and `1.5`, not `12.0`.
        #expect(history.averageDaysLate.description == expected.description)
    }

    @Test func sumsOpenAndOverdueAmountsExactly() {
        let history = PaymentHistory(
            invoices: [
                invoice("A", due: "2026-10-01", amount: "0.10"),
                invoice("B", due: "2026-11-01", amount: "0.20"),
                invoice("C", due: "2026-12-15", amount: "1000.00"),  // not yet due
                invoice("D", due: "2026-09-01", amount: "50.00", status: .disputed),
                invoice("E", due: "2026-01-01", amount: "80.00", status: .paid, paid: "2026-01-01"),
                invoice("F", due: "2026-10-01", amount: "60.00", open: "12.50"),  // partly paid
            ], asOf: asOf)
        #expect(history.currency == "EUR")
        #expect(history.openTotal == DecimalText.parse("1062.80"))
        #expect(history.overdueTotal == DecimalText.parse("12.80"))
        #expect(history.oldestDaysOverdue == 59)
    }

    @Test func keepsOtherCurrenciesOutOfTheTotals() {
        let history = PaymentHistory(
            invoices: [
                invoice("A", due: "2026-10-01", currency: "GBP"),
                invoice("B", due: "2026-10-01", amount: "5.00"),
                invoice("C", due: "2026-10-02", amount: "7.00"),
            ], asOf: asOf)
        #expect(history.currency == "EUR")
        #expect(history.overdueTotal == 12)
        #expect(history.otherCurrencyCount == 1)
    }

    @Test func isEmptyWithoutInvoices() {
        let history = PaymentHistory(invoices: [], asOf: asOf)
        #expect(history == PaymentHistory(asOf: asOf))
        #expect(history.averageDaysLate == 0)
    }

    @Test func exposesTheFiguresTemplatesUse() {
        let history = PaymentHistory(asOf: asOf, latePayments12m: 3, averageDaysLate: 4, overdueTotal: 9, currency: "EUR")
        guard case .object(let fields) = history.liquidValue else {
            Issue.record("history should be an object")
            return
        }
        #expect(Array(fields.keys) == [
            "late_payments_12m", "average_days_late", "open_total", "overdue_total", "oldest_days_overdue",
            "invoice_count", "disputed_count", "currency",
        ])
        #expect(fields["late_payments_12m"] == .integer(3))
        #expect(fields["overdue_total"] == .decimal(9))
    }
}
