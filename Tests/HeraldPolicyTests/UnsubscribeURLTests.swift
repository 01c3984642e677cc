import Foundation
import HeraldDiagnostics
import HeraldPolicy
import Testing

/// Marketing mail carries RFC 8058 one-click unsubscribe when `herald.yaml` gives a URL.
@Suite struct UnsubscribeURLTests {
    let domainLine = #"    message_id_domain: "mail.example.com""#

    func policyText(unsubscribe: String) -> String {
        PolicyFileErrorTests.valid.replacingOccurrences(
            of: domainLine, with: domainLine + "\n    unsubscribe_url: \"\(unsubscribe)\"")
    }

    @Test func fillsInThePercentEncodedCustomerID() throws {
        let text = policyText(unsubscribe: "https://example.com/unsubscribe/{customer_id}?list=offers")
        let policy = try Policy.parse(text, conditions: TestConditionCompiler())
        #expect(policy.sender.unsubscribeURL(customerID: "C 1/2") == "https://example.com/unsubscribe/C%201%2F2?list=offers")
    }

    @Test func givesNoURLWhenThePolicyHasNone() throws {
        let policy = try Policy.parse(PolicyFileErrorTests.valid, conditions: TestConditionCompiler())
        #expect(policy.sender.unsubscribeURL(customerID: "C1") == nil)
    }

    @Test func rejectsAPlainHTTPURLWithItsPosition() throws {
        let text = policyText(unsubscribe: "http://example.com/u/{customer_id}")
        let found = PolicyLoader.parse(text, file: "herald.yaml", conditions: TestConditionCompiler()).diagnostics
        #expect(found.count == 1)
        #expect(found.first?.message == "sender.email.unsubscribe_url 'http://example.com/u/{customer_id}' is not an https URL")
        #expect(found.first?.location?.line == 7)
    }
}
