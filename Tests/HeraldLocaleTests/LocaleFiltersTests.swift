import Foundation
import HeraldLiquid
import HeraldLocale
import OrderedCollections
import Testing

@Suite struct LocaleFiltersTests {
    let filters: [String: LiquidFilter]

    init() throws {
        filters = LocaleFilters.make(catalog: try Fixtures.catalog())
    }

    private func apply(
        _ name: String, _ input: LiquidValue, _ positional: [LiquidValue] = [],
        _ keyword: OrderedDictionary<String, LiquidValue> = [:], locale: String? = "nl-NL"
    ) throws -> LiquidValue {
        let filter = try #require(filters[name])
        let registers: [String: LiquidValue] = locale.map { ["locale": .string($0)] } ?? [:]
        return try filter(input, FilterArguments(positional: positional, keyword: keyword), FilterContext(registers: registers))
    }

    @Test func filterNamesAreTheDocumentedOnes() {
        #expect(Set(filters.keys) == Set(LocaleFilters.names))
    }

    @Test func translateWithKeywordArguments() throws {
        let subject = try apply("t", "reminder_1.subject", [], ["count": 2, "number": "INV-1"])
        #expect(subject == "Herinnering: factuur INV-1")
        #expect(try apply("t", "reminder_1.overdue_invoices", [], ["count": 2]) == "2 facturen staan open")
    }

    @Test func localeKeywordOverridesTheRegister() throws {
        #expect(try apply("t", "reminder_1.overdue_invoices", [], ["count": 1, "locale": "de-DE"]) == "1 Rechnung ist überfällig")
        #expect(try apply("money", .decimal(dec("1234.56")), ["EUR"], ["locale": "de-DE"]) == "1.234,56\u{A0}€")
    }

    @Test func withoutALocaleRegisterTheDefaultLocaleIsUsed() throws {
        #expect(try apply("t", "common.greeting", [], ["name": "Sam"], locale: nil) == "Dear Sam,")
    }

    @Test func unknownKeyThrowsWithDidYouMean() throws {
        let error = try #require(throws: LiquidFilterError.self) {
            try apply("t", "reminder_1.subjct", [], ["number": "1"])
        }
        #expect(error.message.contains("'reminder_1.subjct'"))
        #expect(error.help?.contains("did you mean 'reminder_1.subject'?") == true)
    }

    @Test func moneyFormatsByLocale() throws {
        #expect(try apply("money", .decimal(dec("1234.56")), ["EUR"]) == "€\u{A0}1.234,56")
        #expect(try apply("money", "1234.56", ["EUR"], locale: "fr-FR") == "1\u{202F}234,56\u{A0}€")
        #expect(try apply("money", 1234, [], ["currency": "GBP"], locale: "en-GB") == "£1,234.00")
    }

    @Test func moneyRejectsNonNumbersAndMissingCurrency() throws {
        #expect(throws: LiquidFilterError.self) { try apply("money", "12abc", ["EUR"]) }
        #expect(throws: LiquidFilterError.self) { try apply("money", 12, []) }
    }

    @Test func localDateStyles() throws {
        #expect(try apply("local_date", "2026-11-05") == "05-11-2026")
        #expect(try apply("local_date", "2026-11-05", ["long"]) == "5 november 2026")
        #expect(try apply("local_date", "2026-11-05", ["long"], locale: "de-DE") == "5. November 2026")
        #expect(try apply("local_date", "") == "")
        #expect(throws: LiquidFilterError.self) { try apply("local_date", "2026-11-05", ["longest"]) }
        #expect(throws: LiquidFilterError.self) { try apply("local_date", "5 Nov") }
    }

    @Test func numberAndPercent() throws {
        #expect(try apply("number", 1234.5) == "1.234,5")
        #expect(try apply("number", 1234.5, [2]) == "1.234,50")
        #expect(try apply("percent", 0.08) == "8%")
        #expect(try apply("percent", .decimal(dec("0.08")), locale: "de-DE") == "8\u{A0}%")
    }
}
