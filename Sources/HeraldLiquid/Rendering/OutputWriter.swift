/// Writes values to the byte buffer the way `{{ }}` renders them (Ruby's `to_s`).
enum OutputWriter {
    static func append(_ value: LiquidValue, escape: Bool, raw: Bool, to out: inout OutputBuffer) {
        switch value {
        case .nil:
            return
        case .integer(let number):
            appendInteger(number, to: &out)
        case .string(let text):
            if escape {
                XMLEscaping.appendEscaped(text, to: &out)
            } else if raw {
                XMLEscaping.appendSanitized(text, to: &out)
            } else {
                out.append(text)
            }
        case .bool(let flag):
            out.append(flag ? "true" : "false")
        case .array(let values):
            for element in values { append(element, escape: escape, raw: raw, to: &out) }
        default:
            if value.isSpecialMarker { return }
            let text = value.stringValue
            if escape {
                XMLEscaping.appendEscaped(text, to: &out)
            } else if raw {
                XMLEscaping.appendSanitized(text, to: &out)
            } else {
                out.append(text)
            }
        }
    }

    static func appendInteger(_ number: Int, to out: inout OutputBuffer) {
        if number == Int.min {
            out.append(String(number))
            return
        }
        var magnitude = number < 0 ? -number : number
        if number < 0 { out.append(UInt8(ascii: "-")) }
        if magnitude < 10 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + magnitude))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
            UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }
}
