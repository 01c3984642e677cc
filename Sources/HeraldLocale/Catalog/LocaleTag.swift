/// A BCP 47 language tag in its canonical case: `nl`, `nl-BE`, `zh-Hant-TW`.
///
/// Tags are compared case-insensitively by normalising on creation; `_` is accepted as a
/// separator (`nl_BE`), as POSIX locale names write it.
public struct LocaleTag: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The canonical text, such as `nl-BE`.
    public let rawValue: String
    /// The subtags, in canonical case.
    let subtags: [String]

    /// Parses and normalises a tag, or returns `nil` when `text` is not a well-formed tag.
    ///
    /// - Parameter text: A tag such as `nl-BE`, `NL_be` or `de`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy(\.isASCIILetter) else {
            return nil
        }
        var subtags = [first.lowercased()]
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }) else {
                return nil
            }
            if part.count == 4, part.allSatisfy(\.isASCIILetter) {
                subtags.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())  // script
            } else if part.count == 2 || (part.count == 3 && part.allSatisfy(\.isASCIIDigit)) {
                subtags.append(part.uppercased())  // region
            } else {
                subtags.append(part.lowercased())
            }
        }
        self.subtags = subtags
        self.rawValue = subtags.joined(separator: "-")
    }

    /// The language subtag, such as `nl` for `nl-BE`.
    public var language: String { subtags[0] }

    /// The region subtag, such as `BE` for `nl-BE`, or `nil` for a language-only tag.
    public var region: String? {
        subtags.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isASCIIDigit)) }
    }

    /// This tag and its truncations, most specific first: `zh-Hant-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`.
    public var truncations: [LocaleTag] {
        (1...subtags.count).reversed().map { LocaleTag(subtags: Array(subtags.prefix($0))) }
    }

    private init(subtags: [String]) {
        self.subtags = subtags
        self.rawValue = subtags.joined(separator: "-")
    }

    /// The canonical text.
    public var description: String { rawValue }

    /// Orders tags by their text.
    public static func < (lhs: LocaleTag, rhs: LocaleTag) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Character {
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
