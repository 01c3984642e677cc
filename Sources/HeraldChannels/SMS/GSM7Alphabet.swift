/// The GSM 03.38 default alphabet and its extension table (3GPP TS 23.038 §6.2.1).
///
/// Only the table as ETSI, Twilio and the `gsm0338` codec use it: capital `Ç` is in the
/// basic set (0x09), small `ç` is not. National language shift tables are not used.
public enum GSM7Alphabet {
    /// The 127 characters of the basic set (ESC 0x1B excluded), one septet each, in code order.
    static let basic: [Unicode.Scalar: UInt8] = {
        let table: [Unicode.Scalar] = [
            "@", "£", "$", "¥", "è", "é", "ù", "ì", "ò", "Ç", "\n", "Ø", "ø", "\r", "Å", "å",
            "Δ", "_", "Φ", "Γ", "Λ", "Ω", "Π", "Ψ", "Σ", "Θ", "Ξ", "\u{1B}", "Æ", "æ", "ß", "É",
            " ", "!", "\"", "#", "¤", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/",
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", ";", "<", "=", ">", "?",
            "¡", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O",
            "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "Ä", "Ö", "Ñ", "Ü", "§",
            "¿", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
            "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "ä", "ö", "ñ", "ü", "à",
        ]
        var map: [Unicode.Scalar: UInt8] = [:]
        for (code, scalar) in table.enumerated() where code != 0x1B { map[scalar] = UInt8(code) }
        return map
    }()

    /// The extension table: reached with ESC (0x1B), so each costs two septets.
    static let extended: [Unicode.Scalar: UInt8] = [
        "\u{0C}": 0x0A, "^": 0x14, "{": 0x28, "}": 0x29, "\\": 0x2F,
        "[": 0x3C, "~": 0x3D, "]": 0x3E, "|": 0x40, "€": 0x65,
    ]

    /// The number of septets `scalar` takes in GSM-7: 1 (basic), 2 (extension) or `nil`
    /// when it cannot be written in GSM-7 at all.
    public static func septets(for scalar: Unicode.Scalar) -> Int? {
        if basic[scalar] != nil { return 1 }
        if extended[scalar] != nil { return 2 }
        return nil
    }

    /// Whether every scalar of `text` is in the basic set or the extension table.
    public static func canEncode(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { septets(for: $0) != nil }
    }
}
