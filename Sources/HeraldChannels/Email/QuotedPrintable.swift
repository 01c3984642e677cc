/// Quoted-printable body encoding (RFC 2045 §6.7) with lines of at most 76 characters.
///
/// Line breaks in the text (CRLF, LF or CR) become hard CRLF line breaks; long lines get soft
/// breaks (`=` at the end of a line, counted in the 76); `=`, non-ASCII and control characters
/// are `=XX`; a space or tab before a line end is encoded so no line has trailing whitespace.
public enum QuotedPrintable {
    /// The longest encoded line, including a trailing soft-break `=`.
    public static let maximumLineLength = 76

    /// Encodes `text` as UTF-8 quoted-printable; every line, the last included, ends in CRLF.
    public static func encode(_ text: String) -> String {
        String(decoding: encodedBytes(text), as: UTF8.self)
    }

    /// ``encode(_:)`` as bytes, for building a message without intermediate strings.
    ///
    /// A trailing line break gives a last, empty line, so that the encoded lines, each with its
    /// CRLF (the last CRLF belongs to the MIME boundary), decode back to exactly `text`.
    static func encodedBytes(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        var text = text
        text.withUTF8 { bytes in
            output.reserveCapacity(bytes.count + bytes.count / 4 + 8)
            var lineStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                    index += 1
                    continue
                }
                encodeLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), into: &output)
                let isCRLF = byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
                index += isCRLF ? 2 : 1
                lineStart = index
            }
            encodeLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<bytes.count]), into: &output)
        }
        return output
    }

    private static func encodeLine(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var length = 0
        for (index, byte) in line.enumerated() {
            let isLast = index == line.count - 1
            let escaped = byte == UInt8(ascii: "=") || byte > 126 || (byte < 32 && byte != 9)
                || (isLast && (byte == 32 || byte == 9))
            let tokenLength = escaped ? 3 : 1
            // Keep room for the soft-break '=' unless this token ends the line.
            if length + tokenLength > (isLast ? maximumLineLength : maximumLineLength - 1) {
                output.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\r"), UInt8(ascii: "\n")])
                length = 0
            }
            if escaped {
                output.append(UInt8(ascii: "="))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            } else {
                output.append(byte)
            }
            length += tokenLength
        }
        output.append(UInt8(ascii: "\r"))
        output.append(UInt8(ascii: "\n"))
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
