import Foundation
import HeraldDiagnostics
import Synchronization

/// Number, percent, money and date formatting for one locale.
///
/// Built once per locale (see ``FormatterCache``): the symbols and patterns come from ICU's
/// CLDR data through Foundation when the formatter is made; each call then writes digits by
/// hand over those cached symbols, without building any Foundation formatter.
public final class LocaleFormatter: Sendable {
    /// The tag this formatter was asked for, such as `nl` or `nl-BE`.
    public let tag: LocaleTag
    /// The tag whose conventions it follows: language-only tags get their main region (`nl-NL`).
    public let formattingTag: LocaleTag
    let locale: Locale
    let numberPattern: NumberPattern
    let percentPattern: NumberPattern
    let datePatterns: [DateStyle: DatePattern]
    let dateNames: DatePattern.Names
    private let currencies = Mutex<[String: NumberPattern]>([:])

    init(tag: LocaleTag) {
        self.tag = tag
        var formattingTag = tag
        if tag.region == nil,
            let region = Locale.Language(identifier: tag.rawValue).maximalIdentifier.split(separator: "-")
                .first(where: { $0.count == 2 && $0.uppercased() == $0 }),
            let full = LocaleTag("\(tag.rawValue)-\(region)")
        {
            formattingTag = full
        }
        self.formattingTag = formattingTag
        let locale = Locale(identifier: formattingTag.rawValue)
        self.locale = locale
        let number = NumberPattern.number(locale: locale)
        numberPattern = number
        percentPattern = NumberPattern.percent(locale: locale, number: number)
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = TimeZone(identifier: "UTC")
        var patterns: [DateStyle: DatePattern] = [:]
        for (style, foundationStyle) in [
            (DateStyle.short, DateFormatter.Style.short), (.medium, .medium), (.long, .long), (.full, .full),
        ] {
            formatter.dateStyle = foundationStyle
            formatter.timeStyle = .none
            patterns[style] = DatePattern(formatter.dateFormat ?? "y-MM-dd")
        }
        datePatterns = patterns
        dateNames = DatePattern.Names(formatter: formatter)
    }

    /// Writes a number with this locale's separators.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - fractionDigits: Exactly this many fraction digits; when `nil`, up to 3 without trailing
    ///     zeros (CLDR's `#,##0.###`). Rounding is half-even, as in ICU.
    /// - Returns: `1.234,5` for 1234.5 in nl-NL.
    public func number(_ value: Decimal, fractionDigits: Int? = nil) -> String {
        let digits = fractionDigits.map { min(max(0, $0), 20) }
        return numberPattern.format(value, minimumFraction: digits ?? 0, maximumFraction: digits ?? 3)
    }

    /// Writes a ratio as a percentage: 0.08 → `8%` (nl-NL), `8 %` (de-DE, with a no-break space).
    ///
    /// - Parameters:
    ///   - value: The ratio (1 is 100%).
    ///   - fractionDigits: Exactly this many fraction digits; when `nil`, up to 2 without trailing zeros.
    public func percent(_ value: Decimal, fractionDigits: Int? = nil) -> String {
        let digits = fractionDigits.map { min(max(0, $0), 20) }
        return percentPattern.format(value * 100, minimumFraction: digits ?? 0, maximumFraction: digits ?? 2)
    }

    /// Writes an amount of money: `€ 1.234,56` (nl-NL), `1.234,56 €` (de-DE), `£1,234.56` (en-GB).
    ///
    /// - Parameters:
    ///   - amount: The amount; rounded half-even to the currency's fraction digits (0 for JPY).
    ///   - currency: An ISO 4217 code, such as `EUR` (case-insensitive).
    /// - Throws: `FormattingError` when `currency` is not three letters.
    public func money(_ amount: Decimal, currency: String) throws(FormattingError) -> String {
        let code = currency.uppercased()
        guard code.isASCIICode(length: 3...3) else {
            throw FormattingError(
                message: "'\(currency)' is not an ISO 4217 currency code",
                help: "pass a three-letter code such as 'EUR', usually totals.currency")
        }
        let pattern = currencyPattern(code)
        return pattern.format(amount, minimumFraction: pattern.fractionDigits, maximumFraction: pattern.fractionDigits)
    }

    /// Writes a date: `05-11-2026` (nl-NL, short), `5. November 2026` (de-DE, long).
    public func date(_ date: CalendarDate, style: DateStyle = .short) -> String {
        (datePatterns[style] ?? DatePattern("y-MM-dd")).format(date, names: dateNames)
    }

    private func currencyPattern(_ code: String) -> NumberPattern {
        if let pattern = currencies.withLock({ $0[code] }) { return pattern }
        let pattern = NumberPattern.currency(code, locale: locale, number: numberPattern)
        currencies.withLock { $0[code] = pattern }
        return pattern
    }
}

/// A value that cannot be formatted, such as an unknown currency code.
public struct FormattingError: Error, Sendable, Hashable {
    /// One line: what is wrong.
    public var message: String
    /// What to do.
    public var help: String?
}
