import HeraldOutbox
import Testing

@Suite struct SentLedgerTests {
    @Test func givesEachCustomerTheirMessagesOldestFirst() {
        var ledger = SentLedger()
        let messages = [
            ("C1", SentMessage(stage: "reminder-1", invoices: ["A", "B"], asOf: "2026-11-01")),
            ("C2", SentMessage(stage: "reminder-1", invoices: ["X"], asOf: "2026-11-01")),
            ("C1", SentMessage(stage: "final-notice", invoices: [], asOf: "2026-11-15")),
            ("C2", SentMessage(stage: "collection-handover", invoices: ["X", "Y", "Z"], asOf: "2026-11-29")),
            ("C1", SentMessage(stage: "reminder-1", invoices: ["C"], asOf: "2026-11-29")),
        ]
        for (customer, message) in messages { ledger.append(message, toCustomer: customer) }
        #expect(ledger.count == 5)
        #expect(ledger.messages(toCustomer: "C1") == messages.filter { $0.0 == "C1" }.map(\.1))
        #expect(ledger.messages(toCustomer: "C2") == messages.filter { $0.0 == "C2" }.map(\.1))
        #expect(ledger.messages(toCustomer: "C3").isEmpty)
        #expect(SentLedger().messages(toCustomer: "C1").isEmpty)
    }
}
