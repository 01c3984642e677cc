import HeraldDiagnostics

/// Writes header fields: RFC 2047 encoded-words for non-ASCII text, folding to short lines.
///
/// Every line this writes is at most 76 characters when it holds encoded-words (RFC 2047 §2)
/// and at most 78 otherwise, unless a single token is longer (RFC 5322 allows up to 998).
/// Control characters in values (a CR or LF from data could inject headers) become spaces.
enum HeaderField {
    /// The longest encoded-word, delimiters included (RFC 2047 §2).
    static let maximumEncodedWordLength = 75
    /// `=?utf-8?q?` + `?=`.
    private static let encodedWordOverhead = 12

    /// `Name: value` for unstructured text (Subject, X- headers), folded, with CRLF.
    static func unstructured(_ name: String, _ value: String) -> String {
        let clean = sanitized(value)
        if isPlainASCII(clean) {
            return foldedASCII(name, clean)
        }
        return "\(name): " + encodedWords(clean, firstLineUsed: name.count + 2).joined(separator: "\r\n ") + "\r\n"
    }

    /// `Name: value` for a value that is already valid ASCII header syntax (folded at spaces).
    static func foldedASCII(_ name: String, _ value: String) -> String {
        var lines: [String] = []
        var current = "\(name):"
        for word in value.split(separator: " ", omittingEmptySubsequences: true) {
            if current.count + 1 + word.count > 78 && current != "\(name):" {
                lines.append(current)
                current = ""
            }
            current += " " + word
        }
        lines.append(current)
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A mailbox header: `Name: phrase <address>`. A non-ASCII display name becomes
    /// encoded-words; an ASCII one with specials becomes a quoted-string.
    static func mailbox(_ name: String, _ mailbox: Mailbox) -> String {
        guard let display = mailbox.displayName.map(sanitized), !display.trimmingWhitespace.isEmpty else {
            return "\(name): \(mailbox.address)\r\n"
        }
        let angle = "<\(mailbox.address)>"
        var words: [String]
        if isPlainASCII(display) {
            words = [phrase(display)]
            let line = "\(name): \(words[0]) \(angle)"
            if line.count <= 78 { return line + "\r\n" }
            return "\(name): \(words[0])\r\n \(angle)\r\n"
        }
        words = encodedWords(display, firstLineUsed: name.count + 2)
        var lines = words
        let last = lines.count - 1
        // Keep the address on the last line when that line stays within 76 characters.
        let lastLength = (last == 0 ? name.count + 2 : 1) + lines[last].count
        if lastLength + 1 + angle.count <= 76 {
            lines[last] += " " + angle
        } else {
            lines.append(angle)
        }
        return "\(name): " + lines.joined(separator: "\r\n ") + "\r\n"
    }

    /// ASCII text that cannot be mistaken for an encoded-word (no `=?`): written as it is.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 } && !text.containsBytes(of: "=?")
    }

    /// The bytes an atom sequence may hold: atext and the space.
    private static let phraseBytes = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ".utf8)

    /// An ASCII display name as an atom sequence, or a quoted-string when it has specials.
    static func phrase(_ text: String) -> String {
        if text.utf8.allSatisfy({ phraseBytes.contains($0) }) { return text }
        let escaped = text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    /// Splits `text` into Q-encoded words, each at most 75 characters and holding whole
    /// characters; the first word also fits after a header name that used `firstLineUsed`.
    static func encodedWords(_ text: String, firstLineUsed: Int) -> [String] {
        var words: [String] = []
        var payload = ""
        var budget = min(maximumEncodedWordLength, 76 - firstLineUsed) - encodedWordOverhead
        for character in text {
            let chunk = qEncode(character)
            if !payload.isEmpty && payload.count + chunk.count > budget {
                words.append("=?utf-8?q?\(payload)?=")
                payload = ""
                budget = maximumEncodedWordLength - encodedWordOverhead
            }
            payload += chunk
        }
        words.append("=?utf-8?q?\(payload)?=")
        return words
    }

    /// One character in RFC 2047 "Q" form, using only characters safe in a phrase (§5(3)).
    private static func qEncode(_ character: Character) -> String {
        var out = ""
        for byte in String(character).utf8 {
            switch byte {
            case UInt8(ascii: " "): out += "_"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "+"),
                UInt8(ascii: "-"), UInt8(ascii: "/"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "=" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// The value with every control character (CR, LF, TAB, …) turned into one space.
    static func sanitized(_ value: String) -> String {
        if isClean(value) { return value }
        var result = ""
        var lastWasSpace = false
        for scalar in value.unicodeScalars {
            let isControl = scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar == "\u{2028}" || scalar == "\u{2029}"
            if isControl || scalar == " " {
                if !lastWasSpace { result += " " }
                lastWasSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return result.trimmingWhitespace
    }

    /// Whether ``sanitized(_:)`` would return `value` unchanged: no control characters (C0,
    /// DEL, C1, U+2028, U+2029), no run of spaces, and visible ASCII at both ends. A byte scan,
    /// since nearly every name and address line is clean.
    private static func isClean(_ value: String) -> Bool {
        let bytes = value.utf8
        guard let first = bytes.first, let last = bytes.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last)
        else { return false }
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F || (byte == 0x20 && previous == 0x20) { return false }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return false }  // C1 controls
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return false }  // U+2028, U+2029
            beforePrevious = previous
            previous = byte
        }
        return true
    }
}
