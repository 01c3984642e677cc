import Foundation
import HeraldAuthoring
import HeraldDiagnostics
import HeraldModel
import Testing

@Suite("herald lint")
struct LinterTests {
    let samples = ["disputed", "high-exposure", "chronic-late", "occasional", "reliable"].enumerated().map {
        Customer.fixture(id: "C\($0.offset)", segment: $0.element)
    }

    func lint(_ overrides: [String: String?] = [:]) async throws -> LintReport {
        let fixture = try ProjectFixture(overrides)
        defer { fixture.remove() }
        return await Linter(project: fixture.load(), samples: samples, asOf: ProjectFixture.asOf).run()
    }

    @Test("a clean project has no findings, and every combination is rendered")
    func cleanProject() async throws {
        let report = try await lint()
        #expect(report.diagnostics.map(DiagnosticRenderer.headline) == [])
        // disputed: 1 stage × 3 channels; high-exposure: email+letter; 3 others: 3 channels; × 2 locales (nl-NL, en).
        #expect(report.combinations == (3 + 2 + 3 + 3 + 3) * 2)
        #expect(!report.hasErrors)
    }

    @Test("a misspelt filter is reported at its template line and column with a suggestion")
    func brokenTemplate() async throws {
        let broken = ProjectFixture.email.replacingOccurrences(
            of: "{{ invoice.open_amount | money: totals.currency }}", with: "{{ invoice.open_amount | monye: totals.currency }}")
        let report = try await lint(["templates/reminder-1/email.xhtml.liquid": broken])
        let error = try #require(report.errors.first { $0.code == "liquid.unknown-filter" })
        #expect(error.location?.file == "templates/reminder-1/email.xhtml.liquid")
        #expect(error.location?.line == 10)
        #expect(error.location?.column == 100)
        #expect(error.suggestion?.contains("money") == true)
        #expect(report.hasErrors)
    }

    @Test("an unknown variable is an error at its position, with a suggestion")
    func unknownVariable() async throws {
        let report = try await lint(["templates/dispute-ack/sms.txt.liquid": "Hello {{ customer.givne_name }}"])
        let error = try #require(report.errors.first { $0.location?.file == "templates/dispute-ack/sms.txt.liquid" })
        #expect(error.code == "liquid.undefined-variable")
        #expect(error.location?.line == 1)
        #expect(error.location?.column == 10)  // the variable path
        #expect(error.suggestion?.contains("given_name") == true)
        #expect(error.notes.first?.message.contains("segment 'disputed', stage 'dispute-ack', sms") == true)
    }

    @Test("a segment rule that cannot be evaluated is an error at its condition in herald.yaml")
    func brokenSegmentRule() async throws {
        let policy = ProjectFixture.policy.replacingOccurrences(
            of: "history.late_payments_12m >= 3", with: "history.late_payment_12m >= 3")
        let report = try await lint(["herald.yaml": policy])
        let error = try #require(report.errors.first { $0.code == "authoring.condition-failed" })
        #expect(error.location == SourceLocation(file: "herald.yaml", line: 24, column: 12, length: 24))
        #expect(error.message.contains("'chronic-late'"))
        #expect(error.suggestion == "did you mean 'late_payments_12m'?")
    }

    @Test("an unclosed tag is a syntax error at the tag")
    func unclosedTag() async throws {
        let report = try await lint(["templates/reminder-1/sms.txt.liquid": "Hello\n{% if customer.given_name %}{{ customer.given_name }}"])
        let error = try #require(report.errors.first { $0.location?.file == "templates/reminder-1/sms.txt.liquid" })
        #expect(error.location?.line == 2)
        #expect(error.location?.column == 4)  // the tag name
    }

    @Test("a key a locale lacks is reported at the template line that uses it")
    func missingTranslation() async throws {
        let dutch = ProjectFixture.dutch.replacingOccurrences(of: "    body: \"Betaal %{amount} voor %{date}.\"\n", with: "")
        let report = try await lint(["locales/nl.yml": dutch])
        let warnings = report.warnings.filter { $0.code == "authoring.missing-translation" }
        let sms = try #require(warnings.first { $0.location?.file == "templates/reminder-1/sms.txt.liquid" })
        #expect(sms.location?.line == 1)
        #expect(sms.location?.column == 4)
        #expect(sms.message.contains("'reminder.body'") && sms.message.contains("'nl'"))
        #expect(sms.notes.contains { $0.location?.file == "locales/nl.yml" })
        #expect(!report.hasErrors)
    }

    @Test("a key missing in every locale is an error with a suggestion")
    func keyMissingEverywhere() async throws {
        let report = try await lint(["templates/reminder-1/subject.txt.liquid": #"{{ "reminder.subjekt" | t }}"#])
        let error = try #require(report.errors.first { $0.location?.file == "templates/reminder-1/subject.txt.liquid" })
        #expect(error.message.contains("reminder.subjekt"))
        #expect(error.help?.contains("reminder.subject") == true)
    }

    @Test("an SMS over its budget names the count and the character that forced UCS-2, at that character")
    func smsOverBudget() async throws {
        let long = "Hallo {{ customer.given_name }} 🚗 " + String(repeating: "Uw auto staat klaar, betaal de factuur. ", count: 6)
        let report = try await lint(["templates/reminder-1/sms.txt.liquid": long])
        let error = try #require(report.errors.first { $0.code == "sms.too-many-segments" })
        #expect(error.location == SourceLocation(file: "templates/reminder-1/sms.txt.liquid", line: 1, column: 33))
        #expect(error.message.contains("4 segments (UCS-2"))
        #expect(error.message.contains("'🚗' (U+1F697)"))
        #expect(error.message.contains("more than the maximum of 3"))
    }

    @Test("XHTML that fails its DTD is reported at the template line that wrote it")
    func invalidXHTML() async throws {
        let broken = ProjectFixture.email.replacingOccurrences(
            of: "<p>Dear {{ customer.display_name }},</p>", with: "<p>Dear {{ customer.display_name }},<blink>!</blink></p>")
        let report = try await lint(["templates/reminder-1/email.xhtml.liquid": broken])
        let error = try #require(report.errors.first { $0.message.contains("blink") })
        #expect(error.location?.file == "templates/reminder-1/email.xhtml.liquid")
        #expect(error.location?.line == 8)
        #expect(error.message.contains("XHTML 1.0 Transitional"))
    }

    @Test("invalid markup inside a partial is reported in the partial, not in the template that renders it")
    func invalidXHTMLInPartial() async throws {
        let email = ProjectFixture.email.replacingOccurrences(
            of: "</body>", with: "{% render \"footer.xhtml\", company: company %}\n</body>")
        let report = try await lint([
            "templates/reminder-1/email.xhtml.liquid": email,
            "templates/_partials/footer.xhtml.liquid": "<p class=\"footer\">{{ company.name }}</p>\n<p>Call us: <blink>{{ company.phone }}</blink></p>\n",
        ])
        let error = try #require(report.errors.first { $0.message.contains("blink") })
        #expect(error.location == SourceLocation(file: "templates/_partials/footer.xhtml.liquid", line: 2, column: 13))  // at <blink>
        #expect(error.notes.contains { $0.message.hasPrefix("rendered output line ") })
    }

    @Test("an unused template is a warning; a stage without a template for a channel is an error at the stage")
    func coverage() async throws {
        let report = try await lint([
            "templates/reminder-9/sms.txt.liquid": "Hello",
            "templates/reminder-1/letter.xhtml.liquid": nil,
        ])
        let unused = try #require(report.warnings.first { $0.code == "authoring.unused-template" })
        #expect(unused.location?.file == "templates/reminder-9/sms.txt.liquid")
        let missing = report.errors.filter { $0.code == "authoring.missing-template" }
        #expect(missing.count == 4)  // the four workflows whose reminder-1 can send a letter
        #expect(missing.allSatisfy { $0.location?.file == "herald.yaml" && $0.message.contains("letter.xhtml.liquid") })
    }
}
