import HeraldDiagnostics

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
        // Works on UTF-8 bytes: every filter call resolves its locale through here, and
        // Character properties (isLetter) cost Unicode table lookups per character.
        var parts: [[UInt8]] = [[]]
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                parts.append([])
            } else {
                parts[parts.count - 1].append(byte)
            }
        }
        let first = parts[0]
        guard (2...8).contains(first.count), first.allSatisfy(\.isASCIILetter) else { return nil }
        var subtags = [Self.text(first, case: .lower)]
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }) else {
                return nil
            }
            if part.count == 4, part.allSatisfy(\.isASCIILetter) {
                subtags.append(Self.text(part, case: .title))  // script
            } else if part.count == 2 || (part.count == 3 && part.allSatisfy(\.isASCIIDigit)) {
                subtags.append(Self.text(part, case: .upper))  // region
            } else {
                subtags.append(Self.text(part, case: .lower))
            }
        }
        self.subtags = subtags
        self.rawValue = subtags.joined(separator: "-")
    }

    private enum LetterCase { case lower, upper, title }


    /// ASCII letters in the given case (digits unchanged).
    private static func text(_ bytes: [UInt8], case letterCase: LetterCase) -> String {
        var out = bytes
        for index in out.indices where out[index].isASCIILetter {
            let upper = letterCase == .upper || (letterCase == .title && index == 0)
            out[index] = upper ? out[index] & ~0x20 : out[index] | 0x20
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The language subtag, such as `nl` for `nl-BE`.
    public var language: String { subtags[0] }

    /// The region subtag, such as `BE` for `nl-BE`, or `nil` for a language-only tag.
    public var region: String? {
        subtags.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.utf8.allSatisfy(\.isASCIIDigit)) }
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
