import Foundation
import HeraldLocale
import Testing

/// Expected strings are ICU 74 / CLDR 44 output, written with escapes where CLDR uses
/// no-break spaces: U+00A0 (nbsp) and U+202F (narrow nbsp).
@Suite struct LocaleFormatterTests {
    let cache = FormatterCache()

    private func formatter(_ tag: String) throws -> LocaleFormatter {
        cache.formatter(for: try #require(LocaleTag(tag)))
    }

    private func amount(_ text: String) throws -> Decimal {
        try #require(Decimal(string: text))
    }

    @Test(arguments: [
        ("nl-NL", "€\u{A0}1.234,56", "€\u{A0}-1.234,56"),
        ("nl-BE", "€\u{A0}1.234,56", "€\u{A0}-1.234,56"),
        ("nl", "€\u{A0}1.234,56", "€\u{A0}-1.234,56"),
        ("de-DE", "1.234,56\u{A0}€", "-1.234,56\u{A0}€"),
        ("de-AT", "€\u{A0}1.234,56", "-€\u{A0}1.234,56"),
        ("fr-FR", "1\u{202F}234,56\u{A0}€", "-1\u{202F}234,56\u{A0}€"),
        ("fr-BE", "1\u{202F}234,56\u{A0}€", "-1\u{202F}234,56\u{A0}€"),
        ("en-GB", "€1,234.56", "-€1,234.56"),
        ("en-US", "€1,234.56", "-€1,234.56"),
    ])
    func euroAmounts(tag: String, positive: String, negative: String) throws {
        let formatter = try formatter(tag)
        #expect(try formatter.money(try amount("1234.56"), currency: "EUR") == positive)
        #expect(try formatter.money(try amount("-1234.56"), currency: "EUR") == negative)
    }

    @Test func poundsInBritishEnglish() throws {
        #expect(try formatter("en-GB").money(try amount("1234.56"), currency: "GBP") == "£1,234.56")
    }

    @Test func swissFrancsUseSwissGrouping() throws {
        #expect(try formatter("de-CH").money(try amount("1234.5"), currency: "CHF") == "CHF\u{A0}1’234.50")
        #expect(try formatter("fr-CH").money(try amount("1234.5"), currency: "CHF") == "CHF\u{A0}1\u{202F}234,50")
    }

    @Test func yenHasNoDecimals() throws {
        #expect(try formatter("en-GB").money(try amount("1234.56"), currency: "JPY") == "JP¥1,235")
        #expect(try formatter("de-DE").money(1234, currency: "jpy") == "1.234\u{A0}¥")
    }

    @Test func moneyRoundsHalfEvenToTheCurrencyDigits() throws {
        let formatter = try formatter("en-GB")
        #expect(try formatter.money(try amount("0.125"), currency: "EUR") == "€0.12")
        #expect(try formatter.money(try amount("0.135"), currency: "EUR") == "€0.14")
        #expect(try formatter.money(try amount("-0.001"), currency: "EUR") == "€0.00")
        #expect(try formatter.money(try amount("1234567.8"), currency: "EUR") == "€1,234,567.80")
    }

    @Test func badCurrencyCodeIsAnError() throws {
        #expect(throws: FormattingError.self) { try formatter("nl-NL").money(1, currency: "EURO") }
    }

    @Test(arguments: [
        ("nl-NL", "1.234,5", "1.234,50", "-1.234.567,125"),
        ("de-DE", "1.234,5", "1.234,50", "-1.234.567,125"),
        ("fr-FR", "1\u{202F}234,5", "1\u{202F}234,50", "-1\u{202F}234\u{202F}567,125"),
        ("en-GB", "1,234.5", "1,234.50", "-1,234,567.125"),
        ("de-CH", "1’234.5", "1’234.50", "-1’234’567.125"),
        ("en-IN", "1,234.5", "1,234.50", "-12,34,567.125"),
    ])
    func numbers(tag: String, plain: String, twoDigits: String, negative: String) throws {
        let formatter = try formatter(tag)
        #expect(formatter.number(try amount("1234.5")) == plain)
        #expect(formatter.number(try amount("1234.5"), fractionDigits: 2) == twoDigits)
        #expect(formatter.number(try amount("-1234567.125")) == negative)
        #expect(formatter.number(999) == "999")
    }

    @Test(arguments: [
        ("nl-NL", "8%", "8,5%"), ("de-DE", "8\u{A0}%", "8,5\u{A0}%"), ("fr-FR", "8\u{A0}%", "8,5\u{A0}%"),
        ("en-GB", "8%", "8.5%"), ("de-CH", "8%", "8.5%"),
    ])
    func percentages(tag: String, whole: String, fraction: String) throws {
        let formatter = try formatter(tag)
        #expect(formatter.percent(try amount("0.08")) == whole)
        #expect(formatter.percent(try amount("0.085")) == fraction)
    }

    @Test func percentWithFixedDigits() throws {
        #expect(try formatter("nl-NL").percent(try amount("0.08"), fractionDigits: 1) == "8,0%")
    }

    @Test(arguments: [
        ("nl-NL", "05-11-2026", "5 november 2026"), ("nl-BE", "5/11/2026", "5 november 2026"),
        ("de-DE", "05.11.26", "5. November 2026"), ("de-AT", "05.11.26", "5. November 2026"),
        ("de-CH", "05.11.26", "5. November 2026"), ("fr-FR", "05/11/2026", "5 novembre 2026"),
        ("fr-CH", "05.11.26", "5 novembre 2026"), ("en-GB", "05/11/2026", "5 November 2026"),
        ("en-US", "11/5/26", "November 5, 2026"), ("nl", "05-11-2026", "5 november 2026"),
    ])
    func dates(tag: String, short: String, long: String) throws {
        let formatter = try formatter(tag)
        let date = try #require(CalendarDate(iso: "2026-11-05"))
        #expect(formatter.date(date, style: .short) == short)
        #expect(formatter.date(date, style: .long) == long)
    }

    @Test func fullDateHasTheWeekday() throws {
        let date = try #require(CalendarDate(iso: "2026-11-05"))
        #expect(try formatter("nl-NL").date(date, style: .full) == "donderdag 5 november 2026")
        #expect(try formatter("de-DE").date(date, style: .full) == "Donnerstag, 5. November 2026")
    }

    @Test func languageOnlyTagFormatsAsItsMainRegion() throws {
        #expect(try formatter("nl").formattingTag.rawValue == "nl-NL")
        #expect(try formatter("de").formattingTag.rawValue == "de-DE")
        #expect(try formatter("fr").formattingTag.rawValue == "fr-FR")
    }

    @Test func cacheReturnsTheSameFormatter() throws {
        #expect(try formatter("nl-NL") === formatter("nl-NL"))
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "05-11-2026", "2026-11-5", ""])
    func invalidDatesAreRejected(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func isoDateTimeKeepsTheDate() throws {
        #expect(CalendarDate(iso: "2026-11-05T23:30:00Z")?.description == "2026-11-05")
    }
}
