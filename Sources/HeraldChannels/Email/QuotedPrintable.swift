/// Quoted-printable body encoding (RFC 2045 §6.7) with lines of at most 76 characters.
///
/// Line breaks in the text become hard CRLF line breaks; long lines get soft breaks
/// (`=` at the end of a line, counted in the 76); `=`, non-ASCII and control characters are
/// `=XX`; a space or tab before a line end is encoded so no line has trailing whitespace.
public enum QuotedPrintable {
    /// The longest encoded line, including a trailing soft-break `=`.
    public static let maximumLineLength = 76

    /// Encodes `text` as UTF-8 quoted-printable; every line, the last included, ends in CRLF.
    public static func encode(_ text: String) -> String {
        var output = ""
        for line in text.crlfLines() {
            output += encodeLine(Array(line.utf8))
        }
        return output
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output = ""
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let token: String
            if byte == UInt8(ascii: "=") || byte > 126 || (byte < 32 && byte != 9) || (isLast && (byte == 32 || byte == 9)) {
                token = "=" + hex(byte)
            } else {
                token = String(UnicodeScalar(byte))
            }
            // Keep room for the soft-break '=' unless this token ends the line.
            let limit = isLast ? maximumLineLength : maximumLineLength - 1
            if current.utf8.count + token.utf8.count > limit {
                output += current + "=\r\n"
                current = ""
            }
            current += token
        }
        return output + current + "\r\n"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

extension String {
    /// The text split at CRLF, LF or CR, without the breaks. A trailing break gives a last,
    /// empty line, so that encoding each line + CRLF (the last CRLF belongs to the MIME
    /// boundary) decodes back to exactly the original text.
    func crlfLines() -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }
}
