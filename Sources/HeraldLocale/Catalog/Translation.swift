import Foundation
import HeraldDiagnostics

/// What a key in a locale file holds: one message, or one message per plural category.
public enum TranslationForms: Sendable, Hashable {
    /// A single message.
    case message(Message)
    /// Plural forms by CLDR category; `other` is always present.
    case plural([PluralCategory: Message])
}

/// A key's text as found in one locale file.
public struct Translation: Sendable, Hashable {
    /// The dotted key, such as `reminder_1.subject`.
    public let key: String
    /// The locale whose file holds the text (after fallback: `nl` for a `nl-BE` lookup).
    public let locale: LocaleTag
    /// The text or its plural forms.
    public let forms: TranslationForms
    /// Where the key is written.
    public let location: SourceLocation

    /// The message for a count, by the plural rules of the locale that holds the text.
    ///
    /// An explicit `zero` form wins for a count of 0 (Rails i18n); a category the file lacks
    /// falls back to `other`.
    ///
    /// - Parameter count: The count's plural operands, or `nil` when no count was given.
    /// - Returns: The message, or `nil` when the key has plural forms and no count was given.
    public func message(count: PluralOperands?) -> Message? {
        switch forms {
        case .message(let message):
            return message
        case .plural(let forms):
            guard let count else { return nil }
            if count.n == 0, let zero = forms[.zero] { return zero }
            let category = PluralRules.category(of: count, language: locale.language)
            return forms[category] ?? forms[.other]
        }
    }
}
