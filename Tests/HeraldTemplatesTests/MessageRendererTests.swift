import HeraldDiagnostics
import HeraldLiquid
import HeraldTemplates
import Testing

@Suite struct MessageRendererTests {
    let renderer: MessageRenderer

    init() throws {
        renderer = try Fixtures.renderer()
    }

    @Test func emailRendersEveryPartWithTranslationsAndMoney() throws {
        let message = try renderer.render(
            stage: "reminder-1", channel: "email", segment: "occasional", locale: "nl-NL", data: Fixtures.data())
        #expect(message.subject == "Herinnering: 2 facturen staan open")
        #expect(
            message.html
                == "<p lang=\"nl\">Beste Mr Jan de Vries &amp; Zn,</p>\n"
                + "<table><tr><td>INV-1</td><td>05-11-2026</td><td>€\u{A0}1.234,56</td></tr>"
                + "<tr><td>INV-2</td><td>20-11-2026</td><td>€\u{A0}100,00</td></tr></table>\n"
                + "<p>Totaal te betalen: €\u{A0}1.334,56</p>\n\n")
        #expect(message.plainText == nil)
        #expect(
            message.templatePaths == [
                "templates/reminder-1/subject.txt.liquid", "templates/reminder-1/nl/email.xhtml.liquid",
            ])
    }

    @Test func pluralSubjectUsesTheCount() throws {
        let message = try renderer.render(
            stage: "reminder-1", channel: "email", segment: nil, locale: "en-GB", data: Fixtures.data(invoiceCount: 1))
        #expect(message.subject == "Reminder: invoice INV-1 is overdue")
        #expect(message.html?.contains("<td>£") == false)
        #expect(message.html?.contains("<td>€1,234.56</td>") == true)
        #expect(message.templatePaths[1] == "templates/reminder-1/email.xhtml.liquid")
    }

    @Test func regionalLocaleFallsBackToLanguageForTextsAndTemplates() throws {
        let message = try renderer.render(
            stage: "reminder-1", channel: "email", segment: nil, locale: "nl-BE", data: Fixtures.data())
        #expect(message.subject == "Herinnering: 2 facturen staan open")
        #expect(message.templatePaths[1] == "templates/reminder-1/nl/email.xhtml.liquid")
        #expect(message.html?.contains("<td>5/11/2026</td>") == true)  // nl-BE date, not nl-NL
    }

    @Test func segmentOverrideWinsAndSMSIsTrimmed() throws {
        let message = try renderer.render(
            stage: "reminder-1", channel: "sms", segment: "reliable", locale: "de-DE", data: Fixtures.data())
        #expect(message.sms == "Jan, a friendly reminder: 1.334,56\u{A0}€ by 13. Dezember 2026.")
        #expect(message.templatePaths == ["templates/reminder-1/segments/reliable/sms.txt.liquid"])
    }

    @Test func unknownFilterReportsTheTemplateLineAndColumn() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try renderer.render(stage: "broken", channel: "email", segment: nil, locale: "en", data: Fixtures.data())
        }
        let unknownFilter = try #require(error.diagnostics.first { $0.code == "liquid.unknown-filter" })
        #expect(
            DiagnosticRenderer.headline(unknownFilter)
                == "templates/broken/email.xhtml.liquid:2:27: error: unknown filter 'monye' [liquid.unknown-filter]")
        #expect(unknownFilter.suggestion == "did you mean 'money'?")
        // The strict undefined variable in the subject is reported too, not only the first error.
        #expect(error.diagnostics.contains { $0.code == "liquid.undefined-variable" })
    }

    @Test func missingTranslationKeyIsAnErrorAtTheFilter() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try renderer.render(stage: "missing-key", channel: "sms", segment: nil, locale: "nl-NL", data: Fixtures.data())
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location?.file == "templates/missing-key/sms.txt.liquid")
        #expect(diagnostic.location?.line == 2)
        #expect(diagnostic.location?.column != nil)
        #expect(diagnostic.message.contains("'reminder_1.subjet' is missing in every locale (nl-NL, nl, en)"))
        #expect(diagnostic.help?.contains("did you mean 'reminder_1.subject'?") == true)
    }

    @Test func missingTemplateNamesWhereItLooked() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try renderer.render(stage: "reminder-1", channel: "letter", segment: "reliable", locale: "nl", data: Fixtures.data())
        }
        #expect(error.diagnostics.map(\.code) == ["template.missing"])
        #expect(error.diagnostics.first?.help?.hasPrefix("add templates/reminder-1/letter.xhtml.liquid") == true)
    }

    @Test func unknownChannelSuggestsTheNearest() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try renderer.render(stage: "reminder-1", channel: "emails", segment: nil, locale: "nl", data: Fixtures.data())
        }
        #expect(error.diagnostics.first?.help == "did you mean 'email'?")
    }

    @Test func nowInATemplateIsTheRunsDayNotTheClock() throws {
        let data: LiquidValue = ["message": ["as_of": "2001-02-03", "locale": "en"]]
        let message = try renderer.render(stage: "dated", channel: "sms", segment: nil, locale: "en", data: data)
        #expect(message.sms == "2001-02-03 / 03.02.2001")
    }

    @Test func validateParsesEveryTemplate() {
        let codes = renderer.validate().map { "\($0.location?.file ?? ""): \($0.code)" }
        #expect(codes == ["templates/broken/email.xhtml.liquid: liquid.unknown-filter"])
    }
}
