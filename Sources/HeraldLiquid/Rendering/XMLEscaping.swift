/// Escaping for XML templates. One function serves text and attribute values alike: it
/// escapes `&`, `<`, `>`, `"` and `'`, and replaces characters XML 1.0 forbids (C0 controls
/// other than tab, line feed and carriage return, and U+FFFE / U+FFFF) with U+FFFD.
///
/// Both functions scan the UTF-8 bytes once and copy runs of ordinary bytes in bulk; escaping
/// skips eight ordinary bytes at a time.
enum XMLEscaping {
    /// U+FFFD in UTF-8.
    private static let replacement = "\u{FFFD}"

    /// Appends `text`, escaped for XML text and attribute values.
    @inline(__always)
    static func appendEscaped(_ text: String, to out: inout OutputBuffer) {
        // Native strings (small ones included) lend their bytes without the copy (a retain and
        // release) that `withUTF8` on a `var` needs; bridged ones take the general path.
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &out) }) != nil { return }
        var text = text
        text.withUTF8 { appendEscaped($0, to: &out) }
    }

    /// Appends `bytes` (valid UTF-8), escaped for XML text and attribute values.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout OutputBuffer) {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
        let count = bytes.count
        // Most values need no escaping: check eight bytes at a time (the last eight overlapping
        // the word before when the count is not a multiple of eight) and copy them at once.
        if count >= 8 {
            var offset = 0
            while offset < count &- 8, !mayNeedEscaping(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                offset &+= 8
            }
            if offset >= count &- 8, !mayNeedEscaping(base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)) {
                out.append(bytes)
                return
            }
        }
        var runStart = 0
        var index = 0
        while index < count {
            // Eight bytes at a time while none of them needs a look.
            if index &+ 8 <= count, !mayNeedEscaping(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index &+= 8
                continue
            }
            let byte = bytes[index]
            // Fast path: everything above '>' except 0xEF, and printable ASCII other than & < > " '.
            if byte > 0x3E ? byte != 0xEF : (byte >= 0x20 && !isMarkup(byte)) {
                index += 1
                continue
            }
            if byte == 0xEF, !isNonCharacter(bytes, at: index) {
                index += 1
                continue
            }
            if runStart < index { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            switch byte {
            case UInt8(ascii: "&"): out.append("&amp;")
            case UInt8(ascii: "<"): out.append("&lt;")
            case UInt8(ascii: ">"): out.append("&gt;")
            case UInt8(ascii: "\""): out.append("&quot;")
            case UInt8(ascii: "'"): out.append("&#39;")
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case 0xEF:  // U+FFFE or U+FFFF
                out.append(replacement)
                index += 2
            default: out.append(replacement)  // other C0 controls
            }
            index += 1
            runStart = index
        }
        if runStart < count { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    /// Appends trusted markup (`raw_xml`): nothing is escaped, but forbidden characters still
    /// become U+FFFD so the document stays well-formed.
    static func appendSanitized(_ text: String, to out: inout OutputBuffer) {
        if text.utf8.withContiguousStorageIfAvailable({ appendSanitized($0, to: &out) }) != nil { return }
        var text = text
        text.withUTF8 { appendSanitized($0, to: &out) }
    }

    /// Appends `bytes`, replacing characters XML 1.0 forbids with U+FFFD.
    static func appendSanitized(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout OutputBuffer) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                if runStart < index { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                out.append(replacement)
                index += 1
                runStart = index
            } else if byte == 0xEF, isNonCharacter(bytes, at: index) {
                if runStart < index { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                out.append(replacement)
                index += 3
                runStart = index
            } else {
                index += 1
            }
        }
        if runStart < count { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    /// Replaces characters XML 1.0 forbids with U+FFFD.
    static func sanitizeText(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            var out = OutputBuffer(capacity: buffer.count)
            appendSanitized(buffer, to: &out)
            return Array(out.bytes)
        }
    }

    /// Whether any of the eight bytes in `word` is one `appendEscaped` must look at: a control
    /// character (< 0x20), `"`, `&`, `'`, `<`, `>` or 0xEF (the lead byte of U+FFFE / U+FFFF).
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        ByteWord.hasByte(below: 0x20, in: word) || ByteWord.hasMarkup(word) || ByteWord.hasByte(0xEF, in: word)
    }

    @inline(__always)
    private static func isMarkup(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// U+FFFE and U+FFFF: EF BF BE / EF BF BF.
    @inline(__always)
    private static func isNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE
    }
}

/// Tests on eight bytes at once (a `UInt64` loaded from a byte buffer). Exact (no byte is
/// missed): each is the classic "has a zero byte" bit trick, `(x - 0x01…) & ~x & 0x80…`, which
/// is non-zero exactly when some byte of `x` is zero.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(below limit: UInt64, in word: UInt64) -> Bool {
        (word &- ones &* limit) & ~word & highs != 0
    }

    /// Some byte of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Some byte of `word` is `"`, `&`, `'`, `<` or `>`.
    @inline(__always)
    static func hasMarkup(_ word: UInt64) -> Bool {
        hasByte(0x22, in: word)  // "
            || hasByte(below: 2, in: word ^ (ones &* 0x26))  // & and ' (0x26, 0x27)
            || hasByte(0x3C, in: word & ~(ones &* 0x02))  // < and > (0x3C, 0x3E)
    }
}
