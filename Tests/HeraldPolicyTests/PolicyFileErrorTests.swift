import Foundation
import HeraldDiagnostics
import HeraldPolicy
import Testing

@Suite struct PolicyFileErrorTests {
    static let valid = """
        version: 1
        sender:
          email:
            from_name: "Credit control"
            from_address: "credit@example.com"
            message_id_domain: "mail.example.com"
          sms:
            sender_id: "Garage"
          letter:
            return_address: "Garage · Street 1 · 1234 AB City"
        segments:
          - id: late
            when: "history.late_payments_12m >= 3"
          - id: reliable
        workflows:
          late:
            stages:
              - id: reminder-1
                day: 1
          reliable:
            stages:
              - id: reminder-1
                day: 5
                channel: preferred
                fallback: [email, letter]
              - id: final-notice
                day: 35
                channel: letter
                postage: registered
                fee: 12.50
                handover: true
        """

    func diagnostics(_ text: String) -> [Diagnostic] {
        PolicyLoader.parse(text, file: "herald.yaml", conditions: TestConditionCompiler()).diagnostics
    }

    func only(_ text: String) throws -> Diagnostic {
        let found = diagnostics(text)
        #expect(found.count == 1, "\(found.map(DiagnosticRenderer.headline))")
        return try #require(found.first)
    }

    func replacing(_ old: String, with new: String) -> String {
        Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func acceptsAValidFile() throws {
        #expect(diagnostics(Self.valid).isEmpty)
        let policy = try Policy.parse(Self.valid, conditions: TestConditionCompiler())
        #expect(policy.workflows["reliable"]?.stages.last?.fee?.description == "12.5")
    }

    @Test func controlCharacterIsReportedAtItsPlaceOnOneLine() throws {
        let diagnostic = try only("version: 1\n# a \u{01} stray control character\n")
        #expect(diagnostic.code == "policy.yaml-syntax")
        #expect(diagnostic.message == "cannot read YAML: control characters are not allowed")
        #expect(diagnostic.location == SourceLocation(file: "herald.yaml", line: 2, column: 5))
        #expect(diagnostic.help != nil)
    }

    @Test func pointsAtAMisspeltKeyAndSuggestsTheRightOne() throws {
        let diagnostic = try only(replacing("        fallback: [email, letter]", with: "        falback: [email, letter]"))
        #expect(DiagnosticRenderer.headline(diagnostic)
            == "herald.yaml:25:9: error: unknown key 'falback' in 'workflows.reliable.stages[0]' [policy.unknown-key]")
        #expect(diagnostic.suggestion == "did you mean 'fallback'?")
        #expect(diagnostic.help?.hasPrefix("known keys: id, day, channel") == true)
    }

    @Test func readsTheSMSSegmentLimitAndPointsAtOneOutOfRange() throws {
        let line = #"    sender_id: "Garage""#
        let policy = try Policy.parse(
            replacing(line, with: line + "\n    max_segments: 2"), conditions: TestConditionCompiler())
        #expect(policy.sender.smsMaximumSegments == 2)
        let diagnostic = try only(replacing(line, with: line + "\n    max_segments: 40"))
        #expect(diagnostic.location?.line == 9)
        #expect(diagnostic.message.contains("sender.sms.max_segments"))
    }

    @Test func pointsAtAnUnknownChannel() throws {
        let diagnostic = try only(replacing("channel: letter", with: "channel: leter"))
        #expect(diagnostic.location?.description == "herald.yaml:28:18")
        #expect(diagnostic.message == "'workflows.reliable.stages[1].channel' is 'leter', expected one of: preferred, email, sms, letter")
        #expect(diagnostic.suggestion == "did you mean 'letter'?")
    }

    @Test func reportsStagesOutOfOrder() throws {
        let diagnostic = try only(replacing("day: 35", with: "day: 2"))
        #expect(diagnostic.code == "policy.stage-order")
        #expect(diagnostic.location?.line == 26)
        #expect(diagnostic.message == "stage 'final-notice' (day 2) must come after 'reminder-1' (day 5)")
    }

    @Test func allowsAHandoverOnlyOnTheLastStage() throws {
        let text = replacing("      - id: reminder-1\n        day: 1\n", with: "      - id: reminder-1\n        day: 1\n        handover: true\n      - id: reminder-2\n        day: 9\n")
        let diagnostic = try only(text)
        #expect(diagnostic.message == "only the last stage of a workflow can hand over to the collection agency")
        #expect(diagnostic.location?.description == "herald.yaml:20:19")
    }

    @Test func readsAStageRequirement() throws {
        let text = replacing("handover: true", with: "handover: true\n        requires: {stage: reminder-1, days: 14}")
        #expect(diagnostics(text).isEmpty)
        let policy = try Policy.parse(text, conditions: TestConditionCompiler())
        #expect(policy.workflows["reliable"]?.stages.last?.requires == StageRequirement(stage: "reminder-1", days: 14))
    }

    @Test func requiresAnEarlierStageOfTheSameWorkflow() throws {
        let line = "        requires: {stage: reminder-2, days: 14}"
        let diagnostic = try only(replacing("handover: true", with: "handover: true\n" + line))
        #expect(diagnostic.code == "policy.unknown-stage")
        #expect(
            diagnostic.message
                == "'workflows.reliable.stages[1].requires.stage' is 'reminder-2', which is not an earlier stage of this workflow")
        let column = try #require(line.range(of: "reminder-2")).lowerBound.utf16Offset(in: line) + 1
        #expect(diagnostic.location?.description == "herald.yaml:32:\(column)")
        #expect(diagnostic.suggestion == "did you mean 'reminder-1'?")
    }

    @Test func rejectsANegativeWait() throws {
        let diagnostic = try only(replacing("handover: true", with: "handover: true\n        requires: {stage: reminder-1, days: -3}"))
        #expect(diagnostic.location?.line == 32)
        #expect(diagnostic.message.contains("requires.days"))
    }

    @Test func reportsBadAmountsAndNumbers() throws {
        let found = diagnostics(replacing("fee: 12.50", with: "fee: 12,50").replacingOccurrences(of: "day: 5", with: "day: five"))
        #expect(found.map(\.message) == [
            "'workflows.reliable.stages[0].day' must be a whole number, found 'five'",
            "'workflows.reliable.stages[1].fee' must be an amount such as 7.50, found '12,50'",
        ])
        #expect(found.map { $0.location?.description ?? "" } == ["herald.yaml:23:14", "herald.yaml:30:14"])
    }

    @Test func reportsMissingWorkflowsAndUnknownSegments() throws {
        let found = diagnostics(replacing("  late:\n", with: "  lates:\n"))
        #expect(found.map(\.code) == ["policy.unknown-segment", "policy.missing-workflow"])
        #expect(found.first?.suggestion == "did you mean 'late'?")
        #expect(found.first?.location?.description == "herald.yaml:16:3")
        #expect(found.last?.location?.line == 12)
    }

    @Test func requiresTheCatchAllSegmentToBeLast() throws {
        let text = replacing("  - id: late\n    when: \"history.late_payments_12m >= 3\"\n  - id: reliable\n",
                             with: "  - id: reliable\n  - id: late\n    when: \"history.late_payments_12m >= 3\"\n")
        let diagnostic = try only(text)
        #expect(diagnostic.message == "segment 'reliable' has no 'when' condition but is not the last segment")
        #expect(diagnostic.location?.line == 12)
    }

    @Test func pointsIntoAConditionAtTheExactColumn() throws {
        let diagnostic = try only(replacing("history.late_payments_12m >= 3", with: "history.late_payments_12m >= three"))
        #expect(diagnostic.code == "policy.condition-syntax")
        // The scalar starts at column 11 (its quote); the condition's first character is column 12.
        #expect(diagnostic.location?.description == "herald.yaml:13:12")
        #expect(diagnostic.message.hasPrefix("invalid condition in segments[0].when: "))
    }

    @Test func reportsYAMLSyntaxErrorsWithTheirPosition() throws {
        let diagnostic = try only(replacing("  sms:\n", with: "  sms:\n   - [\n"))
        #expect(diagnostic.code == "policy.yaml-syntax")
        #expect(diagnostic.location?.line != nil)
        #expect(diagnostic.location?.column != nil)
    }

    @Test func checksTheSenderIdentity() throws {
        let found = diagnostics(
            replacing("credit@example.com", with: "credit-at-example.com").replacingOccurrences(of: "\"Garage\"", with: "\"Garage Dupont SARL\""))
        #expect(found.map(\.message) == [
            "sender.email.from_address: address 'credit-at-example.com' is invalid: no '@'",
            "sender.sms.sender_id 'Garage Dupont SARL' is not a valid SMS sender",
        ])
        #expect(found.first?.location?.description == "herald.yaml:5:19")
    }

    @Test func readsTheUnsubscribeURLForMarketingMail() throws {
        let text = replacing(
            "message_id_domain: \"mail.example.com\"",
            with: "message_id_domain: \"mail.example.com\"\n    unsubscribe_url: \"https://example.com/u/{customer_id}?list=apk\"")
        let policy = try Policy.parse(text, conditions: TestConditionCompiler())
        #expect(policy.sender.emailUnsubscribeURL == "https://example.com/u/{customer_id}?list=apk")
        #expect(policy.sender.unsubscribeURL(customerID: "C 1/ä") == "https://example.com/u/C%201%2F%C3%A4?list=apk")
        #expect(try Policy.parse(Self.valid, conditions: TestConditionCompiler()).sender.unsubscribeURL(customerID: "C1") == nil)
    }

    @Test(arguments: [
        ("http://example.com/u", "is not an https address"), ("https:///u", "has no host name"),
        ("https://example.com/u/{customer_id} x", "contains spaces"),
    ])
    func rejectsAnUnsubscribeURLThatOneClickCannotUse(url: String, problem: String) throws {
        let diagnostic = try only(
            replacing(
                "message_id_domain: \"mail.example.com\"",
                with: "message_id_domain: \"mail.example.com\"\n    unsubscribe_url: \"\(url)\""))
        #expect(diagnostic.code == "policy.invalid-value")
        #expect(diagnostic.message.hasPrefix("sender.email.unsubscribe_url '\(url)' \(problem)"))
        #expect(diagnostic.location?.line == 7)
    }

    @Test func reportsAMissingRequiredSection() throws {
        let text = Self.valid.components(separatedBy: "segments:")[0] + "workflows: {}\n"
        let found = diagnostics(text)
        #expect(found.map(\.message) == ["missing required key 'segments' in 'herald.yaml'"])
    }

    @Test func throwsEveryErrorFromLoad() throws {
        #expect(throws: DiagnosticError.self) {
            try Policy.parse(replacing("day: 35", with: "day: 2"), conditions: TestConditionCompiler())
        }
    }

    @Test func fromNamesGoByLocaleThenLanguageThenFromName() throws {
        let text = replacing(
            "    from_name: \"Credit control\"\n",
            with: "    from_name: \"Credit control\"\n    from_names:\n      DE: \"Forderungsmanagement\"\n      de-AT: \"Mahnwesen\"\n")
        let sender = try Policy.parse(text, conditions: TestConditionCompiler()).sender
        #expect(sender.emailFromName(locale: "de-DE") == "Forderungsmanagement")
        #expect(sender.emailFromName(locale: "de-at") == "Mahnwesen")
        #expect(sender.emailFromName(locale: "nl-NL") == "Credit control")
    }

    @Test func aFromNamesKeyThatIsNoLanguageSaysWhere() throws {
        let diagnostic = try only(
            replacing("    from_name: \"Credit control\"\n", with: "    from_name: \"Credit control\"\n    from_names:\n      german: \"Forderungsmanagement\"\n"))
        #expect(diagnostic.code == "policy.invalid-value")
        #expect(diagnostic.message == "sender.email.from_names: 'german' is not a language or locale tag")
        #expect(diagnostic.location?.description == "herald.yaml:6:7")
    }
}
