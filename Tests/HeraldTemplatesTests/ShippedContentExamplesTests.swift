import Foundation
import HeraldDiagnostics
import HeraldLiquid
import HeraldLocale
import HeraldModel
import HeraldPolicy
import HeraldRun
import HeraldTemplates
import OrderedCollections
import Testing

/// Runs the bundled dataset (`examples/customers.jsonl`) through the real decoder, the shipped
/// policy with its Liquid segment rules, the run's template data and the shipped templates: the
/// dataset must cover every segment × stage × channel the policy can produce, its broken records
/// must be the only rejects, and every message it yields must pass the same checks as
/// ``ShippedContentTests``.
@Suite struct ShippedContentExamplesTests {
    static let examples = ShippedContentTests.projectRoot.appendingPathComponent("examples")
    static let asOf = LocalDate(2026, 11, 29)!

    let content: ShippedContentTests
    let policy: Policy

    init() throws {
        content = try ShippedContentTests()
        policy = try Policy.load(
            from: ShippedContentTests.projectRoot.appendingPathComponent("herald.yaml"),
            conditions: LiquidConditionCompiler())
    }

    func decodeExamples() throws -> (customers: [Customer], rejects: [Reject]) {
        let text = try String(contentsOf: Self.examples.appendingPathComponent("customers.jsonl"), encoding: .utf8)
        var customers: [Customer] = []
        var rejects: [Reject] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            switch RecordDecoder.decodeJSONLine(Array(line.utf8), lineNumber: index + 1) {
            case .success(let customer): customers.append(customer)
            case .failure(let reject): rejects.append(reject)
            }
        }
        return (customers, rejects)
    }

    @Test func theDatasetIsLargeVariedAndOnlyTheDeliberateRecordsAreRejected() throws {
        let (customers, rejects) = try decodeExamples()
        #expect(customers.count >= 200)
        #expect(Set(customers.map { String($0.locale.prefix(2)) }) == ["en", "nl", "de", "fr"])
        #expect(customers.contains { $0.locale == "nl-BE" })
        #expect(Set(customers.map(\.preferredChannel)) == Set(ChannelKind.allCases))
        #expect(customers.filter { $0.extra["vehicle"] != nil }.count >= 150, "vehicles to name")
        #expect(customers.filter { $0.extra["payment_link"] != nil }.count >= 150, "payment links")
        // The malformed line, the missing locale, the bad amount, the bad date and channel, the array.
        #expect(rejects.count == 5, "\(rejects.map { "\($0.line): \($0.problems.map(\.message))" })")
        #expect(Set(rejects.compactMap(\.customerID)).isSuperset(of: ["C900002", "C900003", "C900005"]))
    }

    /// Two runs, as the README's demo does: on ``asOf`` with an empty ledger, then a fortnight
    /// later with what the first one sent, when the hand-overs that wait for a final notice
    /// fall due.
    @Test func everyCombinationThePolicyCanProduceOccursAndRendersCleanly() throws {
        let (customers, _) = try decodeExamples()
        var seen: Set<String> = []
        var held: [String] = []
        var failures: [String] = []
        var sent: [String: [String: LocalDate]] = [:]
        for (run, asOf) in [Self.asOf, Self.asOf.adding(days: 14)].enumerated() {
            for customer in customers {
                let history = PaymentHistory(invoices: customer.invoices, asOf: asOf, rules: policy.historyRules)
                switch policy.decide(for: customer, history: history, asOf: asOf, alreadySent: sent[customer.id] ?? [:]) {
                case .send(let plan):
                    seen.insert("\(plan.segment.id)/\(plan.stage.id)/\(plan.channel)")
                    sent[customer.id, default: [:]][plan.stage.id] = asOf
                    let data = TemplateData(customer: customer, history: history, plan: plan, asOf: asOf, policy: policy).value
                    let label = "\(customer.id) \(plan.segment.id)/\(plan.stage.id)/\(plan.channel)/\(customer.locale) \(asOf.iso)"
                    do {
                        let message = try content.renderer.render(
                            stage: plan.stage.template, channel: plan.channel.rawValue, segment: plan.segment.id,
                            locale: customer.locale, data: data)
                        failures += content.check(message, label: label).map { "\(label): \($0)" }
                    } catch {
                        failures += error.diagnostics.map { "\(label): \(DiagnosticRenderer.headline($0))" }
                    }
                case .held(let reason):
                    if run == 0 { held.append("\(customer.id): \(reason.code)") }
                case .nothingDue:
                    break
                }
            }
        }
        let expected = Set(
            ShippedContentTests.combinations(of: policy).map { "\($0.segment)/\($0.stage.id)/\($0.channel)" })
        #expect(expected.subtracting(seen).isEmpty, "never produced: \(expected.subtracting(seen).sorted())")
        // Only the deliberately unreachable fleet (invalid email, no address) finds no channel;
        // the other two are the hold and the promise to pay set in the data (examples/README.md).
        #expect(held.sorted() == ["C000207: promised", "C000219: on-hold", "C900004: no-channel"])
        for failure in failures.prefix(40) { Issue.record(Comment(rawValue: failure)) }
        #expect(failures.count == 0, "\(failures.count) problems in all")
    }
}
