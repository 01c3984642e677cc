import Foundation
import HeraldModel
import HeraldPolicy
import OrderedCollections
import Testing

@Suite struct ShippedPolicyTests {
    @Test func listsTheFixedSegmentsInRuleOrder() throws {
        let policy = try Fixtures.shippedPolicy()
        #expect(policy.segmentIDs == ["disputed", "high-exposure", "chronic-late", "occasional", "reliable"])
        #expect(Set(policy.workflows.keys) == Set(policy.segmentIDs))
    }

    @Test func shipsTheAgreedWorkflows() throws {
        let policy = try Fixtures.shippedPolicy()
        func outline(_ id: String) -> [String] {
            (policy.workflows[id]?.stages ?? []).map { "\($0.id)@\($0.dayOffset)" }
        }
        #expect(outline("reliable") == ["reminder-1@5", "reminder-2@19", "final-notice@35"])
        #expect(outline("occasional") == ["courtesy@-3", "reminder-1@3", "reminder-2@14", "final-notice@28"])
        #expect(outline("chronic-late") == ["reminder-1@1", "reminder-2@8", "final-notice@15", "collection-handover@30"])
        #expect(outline("high-exposure") == ["reminder-1@1", "reminder-2@7", "final-notice@14", "collection-handover@28"])
        #expect(outline("disputed") == ["dispute-ack@0"])
        #expect(policy.workflows["disputed"]?.scope == .disputed)
        let chronic = try #require(policy.workflows["chronic-late"]?.stages)
        #expect(chronic[1].fee == DecimalText.parse("7.50"))
        #expect(chronic[2].fee == DecimalText.parse("15.00") && chronic[2].postage == .registered)
        #expect(chronic[2].channel == .forced(.letter))
        #expect(chronic[3].handover && !chronic[2].handover)
        #expect(policy.workflows["occasional"]?.stages[0].allowed == [.email, .sms])
    }

    @Test func readsSenderCompanyAndTerms() throws {
        let policy = try Fixtures.shippedPolicy()
        #expect(policy.sender.emailFromAddress == "debiteuren@autoservice-herald.example")
        #expect(policy.sender.smsSenderID == "HeraldAuto")
        #expect(policy.company["iban"] == "NL91ABNA0417164300")
        #expect(policy.company.fields.count == CompanyDetails.fieldNames.count)
        #expect(policy.payBy(asOf: Fixtures.asOf).iso == "2026-12-13")
        #expect(policy.historyRules == PaymentHistory.Rules(openLateAfterDays: 60, lookbackMonths: 12))
    }
}
