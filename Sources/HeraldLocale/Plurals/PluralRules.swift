import Foundation

/// CLDR cardinal plural rules (CLDR 42 and later, `plurals.xml`) for the languages Herald
/// ships, plus a few neighbours.
///
/// Each rule is transcribed from CLDR; the comment above each case quotes it.
public enum PluralRules {
    /// The languages that have rules here.
    public static let languages: Set<String> = ["en", "nl", "de", "sv", "nb", "no", "fi", "it", "es", "fr", "pt"]

    /// Whether `language` has rules here. For other languages every count selects `other`.
    public static func hasRules(for language: String) -> Bool { languages.contains(language) }

    /// The categories a message in `language` should provide.
    public static func categories(for language: String) -> [PluralCategory] {
        switch language {
        case "en", "nl", "de", "sv", "nb", "no", "fi": [.one, .other]
        case "it", "es", "fr", "pt": [.one, .many, .other]
        default: [.other]
        }
    }

    /// The plural category of a number in a language.
    ///
    /// - Parameters:
    ///   - operands: The number's CLDR operands.
    ///   - language: A language subtag, such as `fr`.
    /// - Returns: The category; `other` for languages without rules here.
    public static func category(of operands: PluralOperands, language: String) -> PluralCategory {
        let o = operands
        // many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5
        let isLargeRound = (o.e == 0 && o.i != 0 && o.i % 1_000_000 == 0 && o.v == 0) || o.e > 5
        switch language {
        case "en", "nl", "de", "sv", "nb", "no", "fi", "it":
            // one: i = 1 and v = 0
            if o.i == 1 && o.v == 0 { return .one }
            if language == "it" && isLargeRound { return .many }
            return .other
        case "es":
            // one: n = 1
            if o.n == 1 { return .one }
            return isLargeRound ? .many : .other
        case "fr", "pt":
            // one: i = 0,1
            if o.i == 0 || o.i == 1 { return .one }
            return isLargeRound ? .many : .other
        default:
            return .other
        }
    }
}
