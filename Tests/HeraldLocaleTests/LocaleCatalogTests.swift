import Foundation
import HeraldDiagnostics
import HeraldLiquid
import HeraldLocale
import Testing

@Suite struct LocaleCatalogTests {
    @Test func regionalLocaleFallsBackToLanguageThenDefault() throws {
        let catalog = try Fixtures.catalog()
        #expect(try catalog.translate("common.greeting", locale: "nl-BE", arguments: ["name": "Jan"]) == "Geachte Jan,")
        #expect(
            try catalog.translate("reminder_1.subject", locale: "nl-BE", arguments: ["number": "INV-1"])
                == "Herinnering: factuur INV-1")
        #expect(try catalog.translate("only_english", locale: "nl-BE") == "Only in English")
        #expect(catalog.lookup("only_english", locale: "nl-BE")?.locale.rawValue == "en")
        #expect(catalog.lookup("common.greeting", locale: "nl-NL")?.locale.rawValue == "nl")
    }

    @Test func unknownLocaleUsesDefault() throws {
        let catalog = try Fixtures.catalog()
        #expect(try catalog.translate("common.greeting", locale: "es-ES", arguments: ["name": "Ana"]) == "Dear Ana,")
    }

    @Test(arguments: [
        ("en", 1, "1 invoice is overdue"), ("en", 2, "2 invoices are overdue"), ("en", 0, "0 invoices are overdue"),
        ("nl", 1, "1 factuur staat open"), ("nl", 3, "3 facturen staan open"), ("nl", 0, "Er staan geen facturen open"),
        ("de", 1, "1 Rechnung ist überfällig"), ("de", 5, "5 Rechnungen sind überfällig"),
        ("fr", 0, "0 facture est en retard"), ("fr", 1, "1 facture est en retard"),
        ("fr", 2, "2 factures sont en retard"), ("fr", 1_000_000, "1000000 de factures sont en retard"),
    ])
    func pluralFormFollowsTheLanguage(locale: String, count: Int, expected: String) throws {
        let catalog = try Fixtures.catalog()
        let text = try catalog.translate("reminder_1.overdue_invoices", locale: locale, arguments: ["count": .integer(count)])
        #expect(text == expected)
    }

    @Test func decimalAndStringCountsSelectPluralForms() throws {
        let catalog = try Fixtures.catalog()
        #expect(
            try catalog.translate("reminder_1.overdue_invoices", locale: "en", arguments: ["count": "1"])
                == "1 invoice is overdue")
        #expect(
            try catalog.translate("reminder_1.overdue_invoices", locale: "fr", arguments: ["count": .decimal(1.5)])
                == "1.5 facture est en retard")
    }

    @Test func percentPercentWritesOnePercentSign() throws {
        #expect(try Fixtures.catalog().translate("common.percent_sign", locale: "en") == "100% sure")
    }

    @Test func keyMissingEverywhereIsAnErrorWithASuggestion() throws {
        let catalog = try Fixtures.catalog()
        let error = try #require(throws: TranslationError.self) {
            try catalog.translate("reminder_1.subjet", locale: "nl-BE")
        }
        #expect(error.code == "locale.missing-key")
        #expect(error.message == "translation key 'reminder_1.subjet' is missing in every locale (nl-BE, nl, en)")
        #expect(error.help?.hasPrefix("did you mean 'reminder_1.subject'?") == true)
    }

    @Test func missingPlaceholderArgumentIsAnError() throws {
        let catalog = try Fixtures.catalog()
        let error = try #require(throws: TranslationError.self) {
            try catalog.translate("reminder_1.subject", locale: "de")
        }
        #expect(error.code == "locale.missing-argument")
        #expect(error.message.contains("'number'"))
    }

    @Test func pluralWithoutCountIsAnError() throws {
        let catalog = try Fixtures.catalog()
        let error = try #require(throws: TranslationError.self) {
            try catalog.translate("reminder_1.overdue_invoices", locale: "de")
        }
        #expect(error.code == "locale.missing-count")
    }

    @Test func groupKeyIsNotAMessage() throws {
        let error = try #require(throws: TranslationError.self) {
            try Fixtures.catalog().translate("reminder_1", locale: "en")
        }
        #expect(error.code == "locale.not-a-message")
    }
}
