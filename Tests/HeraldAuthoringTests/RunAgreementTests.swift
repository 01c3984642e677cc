import Foundation
import HeraldAuthoring
import HeraldModel
import HeraldOutbox
import HeraldRun
import Logging
import Testing

/// What `herald preview` shows before a run is, byte for byte, what `herald run` then writes;
/// and `herald explain` after the run sees the ledger the run wrote.
@Suite("preview and explain agree with herald run")
struct RunAgreementTests {
    static let customers = [
        #"{"customer_id":"E1","given_name":"Anna","family_name":"Smit","locale":"nl-NL","preferred_channel":"email","email":"anna@example.com","phone":"+31612345678","street":"Dorpsstraat 1","postal_code":"1234 AB","city":"Utrecht","country":"NL","invoices":[{"invoice_number":"E1-1","issue_date":"2026-10-01","due_date":"2026-11-20","amount":"120.00","open_amount":"120.00","currency":"EUR","status":"open","paid_date":null,"description":"Oil change"}]}"#,
        #"{"customer_id":"S1","given_name":"Bert","family_name":"Smit","locale":"en","preferred_channel":"sms","email":"bert@example.com","phone":"+31612345679","street":"Dorpsstraat 2","postal_code":"1234 AB","city":"Utrecht","country":"NL","invoices":[{"invoice_number":"S1-1","issue_date":"2026-10-01","due_date":"2026-11-20","amount":"80.50","open_amount":"80.50","currency":"EUR","status":"open","paid_date":null,"description":"Tyres"}]}"#,
        #"{"customer_id":"L1","given_name":"Cor","family_name":"Smit","locale":"nl-NL","preferred_channel":"letter","street":"Dorpsstraat 3","postal_code":"1234 AB","city":"Utrecht","country":"NL","invoices":[{"invoice_number":"L1-1","issue_date":"2026-10-01","due_date":"2026-11-20","amount":"99.00","open_amount":"99.00","currency":"EUR","status":"open","paid_date":null,"description":"Brakes"}]}"#,
    ]

    @Test("the preview's file is the file the run writes, and explain then lists it and holds the stage")
    func agreement() throws {
        let fixture = try ProjectFixture(["customers.jsonl": Self.customers.joined(separator: "\n") + "\n"])
        defer { fixture.remove() }
        let context = try #require(fixture.load().runContext())
        let composer = MessageComposer(context: context)
        let input = fixture.root.appendingPathComponent("customers.jsonl")
        let outbox = fixture.root.appendingPathComponent("outbox")
        var previews: [String: [UInt8]] = [:]
        for id in ["E1", "S1", "L1"] {
            let customer = try CustomerLookup.find(id: id, in: input, displayPath: "customers.jsonl")
            let preview = Preview(customer: customer, asOf: ProjectFixture.asOf, composer: composer, alreadySent: [:])
            previews[id] = try #require(preview.files.first?.bytes)
        }
        _ = try DunningRun.execute(
            context: context, options: RunOptions(input: input, outbox: outbox, asOf: ProjectFixture.asOf, jobs: 1),
            logger: Logger(label: "test"))
        let ledger = try Outbox.open(
            at: outbox, runID: "check", asOf: "", options: OutboxOptions(dryRun: true), logger: Logger(label: "test"))
        defer { ledger.close() }
        for id in ["E1", "S1", "L1"] {
            let entry = try #require(ledger.sent(toCustomer: id).first)
            let written = try Data(contentsOf: outbox.appendingPathComponent(entry.relativePath))
            #expect([UInt8](written) == previews[id], "customer \(id): preview and run differ")
            let customer = try CustomerLookup.find(id: id, in: input, displayPath: "customers.jsonl")
            let explanation = Explanation(
                customer: customer, asOf: ProjectFixture.asOf, composer: composer, ledger: ledger.sent(toCustomer: id))
            #expect(explanation.alreadySent == ["reminder-1": ProjectFixture.asOf])
            #expect(explanation.outcome.message == nil)
            #expect(explanation.text.contains(entry.relativePath))
        }
    }
}
