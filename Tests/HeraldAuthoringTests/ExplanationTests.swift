import Foundation
import HeraldAuthoring
import HeraldModel
import HeraldPolicy
import HeraldOutbox
import HeraldRun
import Testing

@Suite("herald explain")
struct ExplanationTests {
    static let segments = ["disputed", "high-exposure", "chronic-late", "occasional", "reliable"]

    func explain(_ customer: Customer, ledger: [LedgerEntry] = []) throws -> Explanation {
        let fixture = try ProjectFixture()
        defer { fixture.remove() }
        let context = try #require(fixture.load().runContext())
        return Explanation(customer: customer, asOf: ProjectFixture.asOf, composer: MessageComposer(context: context), ledger: ledger)
    }

    @Test("every segment is explained: figures, rule, stage, channel, templates", arguments: segments)
    func eachSegment(segment: String) throws {
        let explanation = try explain(.fixture(id: "C-\(segment)", segment: segment))
        let text = explanation.text
        #expect(explanation.outcome.segment.id == segment)
        #expect(text.contains("late payments (12 months)"))
        #expect(text.contains("overdue total"))
        if segment == "reliable" {
            #expect(text.contains("segment 'reliable': no rule matched, catch-all segment"))
        } else {
            #expect(text.contains("segment '\(segment)': rule "))
        }
        let stage = segment == "disputed" ? "dispute-ack" : "reminder-1"
        #expect(text.contains("stage '\(stage)' (1 of 1"))
        #expect(text.contains("preferred email: contact data valid → chosen") || text.contains("forced email: contact data valid → chosen"))
        #expect(text.contains("templates/\(stage)/email.xhtml.liquid"))
        #expect(text.contains("result: email message built ("))
        #expect(text.contains("nothing: the ledger has no message for this customer"))
    }

    @Test("an invoice kept out by a promise to pay is named, with the day promised")
    func promise() throws {
        var customer = Customer.fixture(id: "C6", segment: "reliable")
        customer.invoices.append(
            Invoice(
                number: "C6-P", dueDate: ProjectFixture.asOf.adding(days: -20), amount: 75, currency: "EUR",
                promisedDate: ProjectFixture.asOf.adding(days: 3)))
        let explanation = try explain(customer)
        guard case .send(let plan) = explanation.outcome.decision else {
            Issue.record("expected a message for the invoice not promised")
            return
        }
        #expect(plan.invoiceNumbers == ["C6-1"])
        #expect(explanation.text.contains("left out, payment promised: C6-P by \(ProjectFixture.asOf.adding(days: 3).iso)"))
        #expect(explanation.json.contains(#""promised_invoices":["C6-P"]"#))
    }

    @Test("a fallback is explained with the reason the preferred channel was passed over")
    func fallback() throws {
        var customer = Customer.fixture(id: "C9", segment: "reliable", channel: .sms)
        customer.email = "not-an-email"
        customer.phone = "0612345678"
        let text = try explain(customer).text
        #expect(text.contains("preferred sms: "))
        #expect(text.contains("→ fell back to email"))
        #expect(text.contains("→ fell back to letter"))
        #expect(text.contains("letter: contact data valid → chosen"))
    }

    @Test("ledger entries are listed, and a stage already sent is not sent again")
    func ledger() throws {
        let customer = Customer.fixture(id: "C5", segment: "reliable")
        let entry = LedgerEntry(
            key: "k1", customerID: "C5", stage: "reminder-1", channel: .email, invoices: ["C5-1"], file: "x.eml",
            runID: "r1", asOf: "2026-11-25")
        let explanation = try explain(customer, ledger: [entry])
        #expect(explanation.alreadySent == ["reminder-1": LocalDate(2026, 11, 25)!])
        #expect(explanation.text.contains("2026-11-25  reminder-1 by email, invoices C5-1, file email/new/x.eml"))
        #expect(explanation.text.contains("nothing due (segment 'reliable'): stage 'reminder-1' already sent"))
        #expect(explanation.json.contains(#""result":"nothing-due""#))
    }
}
