/// Escaping for XML templates. One function serves text and attribute values alike: it
/// escapes `&`, `<`, `>`, `"` and `'`, and replaces characters XML 1.0 forbids (C0 controls
/// other than tab, line feed and carriage return, and U+FFFE / U+FFFF) with U+FFFD.
enum XMLEscaping {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Appends `bytes` (valid UTF-8) to `out`, escaped for XML text and attribute values.
    static func appendEscaped(_ bytes: some Collection<UInt8>, to out: inout [UInt8]) {
        var iterator = bytes.makeIterator()
        var pending: [UInt8] = []
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case UInt8(ascii: "'"): out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case 0x00..<0x20: out.append(contentsOf: replacement)
            case 0xEF:
                // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
                pending.removeAll(keepingCapacity: true)
                pending.append(byte)
                if let second = iterator.next() {
                    pending.append(second)
                    if second == 0xBF, let third = iterator.next() {
                        if third == 0xBE || third == 0xBF {
                            out.append(contentsOf: replacement)
                            continue
                        }
                        pending.append(third)
                    }
                }
                out.append(contentsOf: pending)
            default: out.append(byte)
            }
        }
    }

    /// Appends trusted markup (`raw_xml`): nothing is escaped, but forbidden characters still
    /// become U+FFFD so the document stays well-formed.
    static func appendSanitized(_ bytes: some Collection<UInt8>, to out: inout [UInt8]) {
        out.append(contentsOf: sanitizeText(Array(bytes)))
    }

    /// Replaces characters XML 1.0 forbids with U+FFFD.
    static func sanitizeText(_ bytes: [UInt8]) -> [UInt8] {
        guard needsSanitizing(bytes) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                out.append(contentsOf: replacement)
                i += 1
            } else if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
                out.append(contentsOf: replacement)
                i += 3
            } else {
                out.append(byte)
                i += 1
            }
        }
        return out
    }

    private static func needsSanitizing(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return true }
            i += 1
        }
        return false
    }
}
