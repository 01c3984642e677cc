import HeraldModel
import Testing

@Suite struct IdempotencyKeyTests {
    @Test func ignoresInvoiceOrderButNotContent() {
        let a = IdempotencyKey(customerID: "C1", stage: "reminder-1", invoiceNumbers: ["INV-2", "INV-1"])
        let b = IdempotencyKey(customerID: "C1", stage: "reminder-1", invoiceNumbers: ["INV-1", "INV-2"])
        #expect(a == b)
        #expect(a.value.count == 16)
        #expect(a.value.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(a != IdempotencyKey(customerID: "C1", stage: "reminder-2", invoiceNumbers: ["INV-1", "INV-2"]))
        #expect(a != IdempotencyKey(customerID: "C1", stage: "reminder-1", invoiceNumbers: ["INV-1"]))
        #expect(
            IdempotencyKey(customerID: "C1", stage: "a", invoiceNumbers: ["bc"])
                != IdempotencyKey(customerID: "C1", stage: "ab", invoiceNumbers: ["c"]))
    }

    @Test func isStableAcrossRuns() {
        // FNV-1a 64 of "C1␟reminder-1␟INV-1", computed independently: ledgers of older runs still match.
        #expect(IdempotencyKey(customerID: "C1", stage: "reminder-1", invoiceNumbers: ["INV-1"]).value == "7420ef322a544b5c")
    }
}
