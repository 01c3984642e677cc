import Foundation
import HeraldDiagnostics
import HeraldLiquid

extension LocaleCatalog {
    /// Translates a key: finds it along the fallback chain, picks the plural form for the
    /// `count` argument, and fills in `%{name}` placeholders.
    ///
    /// - Parameters:
    ///   - key: A dotted key, such as `reminder_1.subject`.
    ///   - locale: The customer's locale tag, such as `nl-BE`.
    ///   - arguments: Placeholder values by name; `count` also selects the plural form.
    /// - Returns: The text.
    /// - Throws: `TranslationError` when the key is missing in every locale of the chain, has
    ///   plural forms but no `count`, or a placeholder has no argument.
    public func translate(
        _ key: String, locale: String, arguments: [String: LiquidValue] = [:]
    ) throws(TranslationError) -> String {
        let resolved = resolvedLocales.resolve(locale, in: self) ?? resolvedDefaultLocale
        return try translate(key, in: resolved) { arguments[$0] }
    }

    /// Translates a key in a resolved locale; `argument` gives a placeholder's value by name.
    func translate(
        _ key: String, in locale: ResolvedLocale, argument: (String) -> LiquidValue?
    ) throws(TranslationError) -> String {
        guard let translation = locale.entries[key] else {
            throw missingKeyError(key, locale: locale.tag)
        }
        var count: PluralOperands?
        if let value = argument("count") {
            guard let operands = Self.pluralOperands(of: value) else {
                throw TranslationError(
                    code: "locale.bad-count", message: "count for '\(key)' is not a number: '\(value.stringValue)'",
                    help: "pass a number, such as count: invoices.size")
            }
            count = operands
        }
        guard let message = translation.message(count: count) else {
            throw TranslationError(
                code: "locale.missing-count", message: "'\(key)' has plural forms but no count was given",
                help: "pass count:, as in t: count: invoices.size (defined at \(translation.location))")
        }
        switch message.interpolate({ argument($0)?.stringValue }) {
        case .success(let text):
            return text
        case .failure(let missing):
            throw TranslationError(
                code: "locale.missing-argument",
                message: "'\(key)' needs an argument '\(missing.name)' for %{\(missing.name)}",
                help: "pass it to t, as in t: \(missing.name): … (text at \(translation.location))")
        }
    }

    func missingKeyError(_ key: String, locale: LocaleTag) -> TranslationError {
        let chain = fallbackChain(for: locale).map(\.rawValue).joined(separator: ", ")
        if isGroup(key) {
            return TranslationError(
                code: "locale.not-a-message", message: "'\(key)' is a group of keys, not a message",
                help: "name a key inside it, such as '\(key).subject'")
        }
        let defaultFile = file(for: defaultLocale) ?? "locales/\(defaultLocale).yml"
        var help = "add it to \(defaultFile)"
        if let suggestion = Suggestion.closest(to: key, in: allKeys) {
            help = "did you mean '\(suggestion)'? Otherwise " + help
        }
        return TranslationError(
            code: "locale.missing-key", message: "translation key '\(key)' is missing in every locale (\(chain))",
            help: help)
    }

    /// The plural operands of an argument value, or `nil` when it is not a number.
    static func pluralOperands(of value: LiquidValue) -> PluralOperands? {
        switch value {
        case .integer(let number): PluralOperands(number)
        case .decimal(let number): PluralOperands(number)
        case .double(let number) where number.isFinite: PluralOperands("\(number)")
        case .string(let text): PluralOperands(text)
        default: nil
        }
    }
}

/// Why a text could not be produced: a key missing in every locale, a missing argument, …
public struct TranslationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code, such as `locale.missing-key`.
    public var code: DiagnosticCode
    /// One line, lower-case start: what is wrong.
    public var message: String
    /// What to do, including a "did you mean" for a misspelt key.
    public var help: String?

    /// Creates an error.
    public init(code: DiagnosticCode, message: String, help: String? = nil) {
        self.code = code
        self.message = message
        self.help = help
    }

    /// The message.
    public var description: String { message }
}
