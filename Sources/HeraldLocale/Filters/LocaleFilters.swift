import Foundation
import HeraldLiquid
import OrderedCollections

/// Herald's locale filters for Liquid: `t`, `money`, `local_date`, `number` and `percent`.
///
/// Each reads the message's locale from the `locale` register (a tag such as `nl-NL`), unless
/// the template passes a `locale:` keyword; without either it uses the catalog's default locale.
public enum LocaleFilters {
    /// The filters, by the names templates use, for `LiquidEnvironment(filters:)`.
    ///
    /// ```liquid
    /// {{ "reminder_1.subject" | t: count: invoices.size, number: invoices.first.invoice_number }}
    /// {{ totals.due | money: totals.currency }}      → € 1.234,56
    /// {{ invoice.due_date | local_date: "long" }}    → 5 november 2026
    /// {{ 1234.5 | number }} {{ 0.08 | percent }}     → 1.234,5 8%
    /// ```
    ///
    /// - Parameter catalog: The texts `t` reads and the formatters the others use.
    public static func make(catalog: LocaleCatalog) -> [String: LiquidFilter] {
        [
            "t": { input, arguments, context in try translate(input, arguments, context, catalog: catalog) },
            "money": { input, arguments, context in try money(input, arguments, context, catalog: catalog) },
            "local_date": { input, arguments, context in try localDate(input, arguments, context, catalog: catalog) },
            "number": { input, arguments, context in try number(input, arguments, context, catalog: catalog) },
            "percent": { input, arguments, context in try percent(input, arguments, context, catalog: catalog) },
        ]
    }

    /// The names of the filters ``make(catalog:)`` returns.
    public static let names: [String] = ["t", "money", "local_date", "number", "percent"]

    /// The locale a filter call formats for: its `locale:` keyword, else the `locale` register,
    /// else the catalog's default locale.
    static func locale(_ arguments: FilterArguments, _ context: FilterContext, catalog: LocaleCatalog) throws
        -> ResolvedLocale
    {
        let value = arguments.keyword["locale"] ?? context.registers["locale"] ?? .nil
        if value == .nil || value == "" { return catalog.resolvedDefaultLocale }
        guard case .string(let text) = value, let resolved = catalog.resolvedLocales.resolve(text, in: catalog) else {
            throw LiquidFilterError(
                "'\(value.stringValue)' is not a locale tag", help: "pass a tag such as locale: \"nl-NL\"")
        }
        return resolved
    }

    static func translate(
        _ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext, catalog: LocaleCatalog
    ) throws -> LiquidValue {
        guard case .string(let key) = input else {
            throw LiquidFilterError(
                "t expects a key such as \"reminder_1.subject\", got '\(input.stringValue)'",
                help: "quote the key: {{ \"reminder_1.subject\" | t }}")
        }
        guard arguments.positional.isEmpty else {
            throw LiquidFilterError(
                "t takes named arguments only", help: "name each value, as in t: count: invoices.size, number: x")
        }
        let resolved = try locale(arguments, context, catalog: catalog)
        do {
            return .string(
                try catalog.translate(key, in: resolved) { name in
                    name == "locale" ? nil : arguments.keyword[name]
                })
        } catch {
            throw LiquidFilterError(error.message, help: error.help)
        }
    }

    static func money(
        _ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext, catalog: LocaleCatalog
    ) throws -> LiquidValue {
        let amount = try decimal(input, filter: "money")
        guard case .string(let currency) = arguments.positional.first ?? arguments.keyword["currency"] ?? .nil else {
            throw LiquidFilterError(
                "money needs a currency code", help: "write {{ amount | money: totals.currency }} or money: \"EUR\"")
        }
        let formatter = try locale(arguments, context, catalog: catalog).formatter
        do {
            return .string(try formatter.money(amount, currency: currency))
        } catch {
            throw LiquidFilterError(error.message, help: error.help)
        }
    }

    static func localDate(
        _ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext, catalog: LocaleCatalog
    ) throws -> LiquidValue {
        let styleValue = arguments.positional.first ?? arguments.keyword["style"] ?? "short"
        guard case .string(let styleName) = styleValue, let style = DateStyle(rawValue: styleName) else {
            throw LiquidFilterError(
                "unknown date style '\(styleValue.stringValue)'",
                help: "use one of " + DateStyle.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        // Optional dates (such as vehicle.apk_due_date) are "" when absent: render nothing.
        if input == .nil || input == "" { return "" }
        guard case .string(let text) = input, let date = CalendarDate(iso: text) else {
            throw LiquidFilterError(
                "local_date expects an ISO date such as '2026-11-05', got '\(input.stringValue)'",
                help: "pass a date field such as invoice.due_date")
        }
        let formatter = try locale(arguments, context, catalog: catalog).formatter
        return .string(formatter.date(date, style: style))
    }

    static func number(
        _ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext, catalog: LocaleCatalog
    ) throws -> LiquidValue {
        let value = try decimal(input, filter: "number")
        let digits = try fractionDigits(arguments, filter: "number")
        let formatter = try locale(arguments, context, catalog: catalog).formatter
        return .string(formatter.number(value, fractionDigits: digits))
    }

    static func percent(
        _ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext, catalog: LocaleCatalog
    ) throws -> LiquidValue {
        let value = try decimal(input, filter: "percent")
        let digits = try fractionDigits(arguments, filter: "percent")
        let formatter = try locale(arguments, context, catalog: catalog).formatter
        return .string(formatter.percent(value, fractionDigits: digits))
    }

    static func fractionDigits(_ arguments: FilterArguments, filter: String) throws -> Int? {
        guard let value = arguments.positional.first ?? arguments.keyword["digits"] else { return nil }
        guard case .integer(let digits) = value, (0...10).contains(digits) else {
            throw LiquidFilterError(
                "\(filter) takes a number of fraction digits from 0 to 10, got '\(value.stringValue)'",
                help: "write \(filter): 2")
        }
        return digits
    }

    /// A filter input as a decimal: money stays decimal, never binary floating point.
    static func decimal(_ value: LiquidValue, filter: String) throws -> Decimal {
        switch value {
        case .decimal(let number): return number
        case .integer(let number): return Decimal(number)
        case .double(let number) where number.isFinite:
            // The shortest text that reads back as the same double: 1234.5, not 1234.4999….
            if let decimal = Decimal(string: "\(number)", locale: Locale(identifier: "en_US_POSIX")) { return decimal }
        case .string(let text):
            if let decimal = parseDecimal(text) { return decimal }
        default: break
        }
        throw LiquidFilterError(
            "\(filter) expects a number, got '\(value.stringValue)'", help: "pass an amount such as totals.due")
    }

    /// Parses plain decimal notation (`-1234.56`), rejecting anything else (`12abc`, `1,5`).
    static func parseDecimal(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var body = Substring(trimmed)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts.count == 1 || !parts[1].isEmpty
        else { return nil }
        return Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
    }
}
