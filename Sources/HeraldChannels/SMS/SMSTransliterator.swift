/// Replaces typographic look-alikes with GSM-7 characters so a body can stay in GSM-7.
///
/// The map follows Twilio's "Smart Encoding" (see `docs/channels.md`): curly and angle
/// quotes become `"` or `'`, dashes and the minus sign `-`, the ellipsis `...`, bullets `-`,
/// non-breaking and other spaces (and tab) a plain space, fullwidth ASCII forms plain ASCII,
/// `½ ¼ ¾ ÷` become `1/2 1/4 3/4 /`; zero-width characters, the soft hyphen and U+FEFF are
/// removed. Letters are never changed: a name such as `François` keeps its `ç` (and so
/// forces UCS-2), because spelling a customer's name wrong is worse than a longer SMS.
public enum SMSTransliterator {
    /// The replacement for each scalar that is changed; an empty string removes it.
    static let replacements: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        func set(_ scalars: [UInt32], _ replacement: String) {
            for value in scalars {
                if let scalar = Unicode.Scalar(value) { map[scalar] = replacement }
            }
        }
        set([0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x02BA, 0x02EE, 0x275D, 0x275E,
             0x301D, 0x301E, 0x2033], "\"")
        set([0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x02B9, 0x02BB, 0x02BC, 0x02BD,
             0x02C8, 0x02CA, 0x00B4, 0x0060, 0x2032], "'")
        set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xFE58, 0xFE63], "-")
        set([0x2022, 0x2023, 0x2027, 0x25E6, 0x00B7], "-")
        set([0x2026], "...")
        set([0x0009, 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000] + Array(0x2000...0x200A), " ")
        set([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD], "")
        set([0x00BD], "1/2")
        set([0x00BC], "1/4")
        set([0x00BE], "3/4")
        set([0x00F7, 0x2044, 0x2215], "/")
        set([0x02C6, 0x2038], "^")
        set([0x02DC], "~")
        // Fullwidth ASCII forms U+FF01…U+FF5E map to U+0021…U+007E.
        for value in UInt32(0xFF01)...0xFF5E {
            if let scalar = Unicode.Scalar(value), let ascii = Unicode.Scalar(value - 0xFEE0) {
                map[scalar] = String(Character(ascii))
            }
        }
        return map
    }()

    /// Returns `text` with every mapped scalar replaced; other scalars are kept as they are.
    public static func transliterate(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let replacement = replacements[scalar] {
                result.unicodeScalars.append(contentsOf: replacement.unicodeScalars)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
