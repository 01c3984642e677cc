/// Escapes text for XML 1.0 (and XHTML) element content and attribute values: letters, print
/// manifests and the preview page all escape customer data through this one function.
public enum XMLText {
    /// `text` with `& < > " '` escaped (the apostrophe as `&#39;`, which XML and every HTML
    /// parser read alike); characters XML 1.0 forbids (most C0 controls, lone surrogates,
    /// U+FFFE, U+FFFF) become U+FFFD so the document always parses.
    public static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                let v = scalar.value
                let allowed = v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
                    || (0xE000...0xFFFD).contains(v) || v >= 0x10000
                if allowed { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
            }
        }
        return out
    }

    /// Whether any byte of `text` needs attention, scanned as contiguous bytes: going through
    /// `String.UTF8View` cost half a percent of a run.
    private static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where needsAttention(byte) { return true }
            return false
        }
    }

    /// Whether a UTF-8 byte may start something to escape or replace: `& < > " '`, a control
    /// character, or 0xEF (which starts U+FFFE and U+FFFF). Other text is returned as it is.
    private static func needsAttention(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF:
            true
        default:
            byte < 0x20
        }
    }
}
