/// Ruby's `Time#strftime`, for the `date` filter: directives, the flags `-` (no padding),
/// `_` (spaces), `0` (zeros), `^` (upper case), `#` (change case), a field width, and `:`
/// for `%:z`. Unknown directives are copied as they are, like Ruby does.
enum Strftime {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Formats `moment` with `format`.
    static func format(_ moment: FilterMoment, _ format: String) -> String {
        var output = ""
        let bytes = Array(format.utf8)
        var index = 0
        var literalStart = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "%") else {
                index += 1
                continue
            }
            if literalStart < index { output += String(decoding: bytes[literalStart..<index], as: UTF8.self) }
            let directiveStart = index
            index += 1
            var padding: UInt8? = nil  // "-" none, "_" space, "0" zero
            var upper = false
            var swapCase = false
            var colons = 0
            var width: Int? = nil
            flags: while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "0"): padding = bytes[index]
                case UInt8(ascii: "^"): upper = true
                case UInt8(ascii: "#"): swapCase = true
                case UInt8(ascii: ":"): colons += 1
                default: break flags
                }
                index += 1
            }
            while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                width = min(1024, (width ?? 0) * 10 + Int(bytes[index] - 0x30))
                index += 1
            }
            guard index < bytes.count else {
                literalStart = directiveStart
                break
            }
            let conversion = bytes[index]
            index += 1
            literalStart = index
            let spec = Spec(padding: padding, width: width, upper: upper, swapCase: swapCase, colons: colons)
            if let text = directive(conversion, moment, spec) {
                output += text
            } else {
                output += String(decoding: bytes[directiveStart..<index], as: UTF8.self)
            }
        }
        if literalStart < bytes.count { output += String(decoding: bytes[literalStart...], as: UTF8.self) }
        return output
    }

    struct Spec {
        var padding: UInt8?
        var width: Int?
        var upper: Bool
        var swapCase: Bool
        var colons: Int
    }

    private static func number(_ value: Int, _ spec: Spec, width defaultWidth: Int, pad defaultPad: UInt8 = 0x30)
        -> String
    {
        let negative = value < 0
        let digits = String(negative ? -value : value)
        let width = spec.width ?? defaultWidth
        let pad: UInt8? = spec.padding == UInt8(ascii: "-") ? nil : spec.padding == UInt8(ascii: "_") ? 0x20
            : spec.padding == UInt8(ascii: "0") ? 0x30 : defaultPad
        var text = digits
        let used = digits.utf8.count + (negative ? 1 : 0)
        if let pad, used < width {
            let filler = String(repeating: Character(UnicodeScalar(pad)), count: width - used)
            text = pad == 0x30 ? (negative ? "-" : "") + filler + digits : filler + (negative ? "-" : "") + digits
        } else if negative {
            text = "-" + digits
        }
        return text
    }

    private static func word(_ value: String, _ spec: Spec, lowerOnSwap: Bool = false) -> String {
        var text = value
        if spec.upper { text = text.uppercased() }
        if spec.swapCase { text = lowerOnSwap ? text.lowercased() : text.uppercased() }
        if let width = spec.width, text.count < width, spec.padding != UInt8(ascii: "-") {
            let pad: Character = spec.padding == UInt8(ascii: "0") ? "0" : " "
            text = String(repeating: pad, count: width - text.count) + text
        }
        return text
    }

    private static func offset(_ seconds: Int, _ spec: Spec) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let hours = magnitude / 3600
        let minutes = magnitude % 3600 / 60
        let secs = magnitude % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch spec.colons {
        case 0: return sign + two(hours) + two(minutes)
        case 1: return sign + two(hours) + ":" + two(minutes)
        default: return sign + two(hours) + ":" + two(minutes) + ":" + two(secs)
        }
    }

    private static func directive(_ conversion: UInt8, _ m: FilterMoment, _ spec: Spec) -> String? {
        let hour12 = m.hour % 12 == 0 ? 12 : m.hour % 12
        switch conversion {
        case UInt8(ascii: "Y"): return number(m.year, spec, width: m.year < 0 ? 5 : 4)
        case UInt8(ascii: "C"): return number(FilterMoment.floorDivide(m.year, 100), spec, width: 2)
        case UInt8(ascii: "y"): return number(FilterMoment.floorModulo(m.year, 100), spec, width: 2)
        case UInt8(ascii: "m"): return number(m.month, spec, width: 2)
        case UInt8(ascii: "B"): return word(monthNames[m.month - 1], spec)
        case UInt8(ascii: "b"), UInt8(ascii: "h"): return word(String(monthNames[m.month - 1].prefix(3)), spec)
        case UInt8(ascii: "d"): return number(m.day, spec, width: 2)
        case UInt8(ascii: "e"): return number(m.day, spec, width: 2, pad: 0x20)
        case UInt8(ascii: "j"): return number(m.dayOfYear, spec, width: 3)
        case UInt8(ascii: "H"): return number(m.hour, spec, width: 2)
        case UInt8(ascii: "k"): return number(m.hour, spec, width: 2, pad: 0x20)
        case UInt8(ascii: "I"): return number(hour12, spec, width: 2)
        case UInt8(ascii: "l"): return number(hour12, spec, width: 2, pad: 0x20)
        case UInt8(ascii: "P"): return word(m.hour < 12 ? "am" : "pm", spec)
        case UInt8(ascii: "p"): return word(m.hour < 12 ? "AM" : "PM", spec, lowerOnSwap: true)
        case UInt8(ascii: "M"): return number(m.minute, spec, width: 2)
        case UInt8(ascii: "S"): return number(m.second, spec, width: 2)
        case UInt8(ascii: "L"), UInt8(ascii: "N"):
            let digits = spec.width ?? (conversion == UInt8(ascii: "L") ? 3 : 9)
            var text = String(m.nanoseconds)
            text = String(repeating: "0", count: max(0, 9 - text.count)) + text
            if digits <= 9 { return String(text.prefix(digits)) }
            return text + String(repeating: "0", count: digits - 9)
        case UInt8(ascii: "z"): return offset(m.utcOffset, spec)
        case UInt8(ascii: "Z"): return word(m.zoneName, spec)
        case UInt8(ascii: "A"): return word(dayNames[m.weekday], spec)
        case UInt8(ascii: "a"): return word(String(dayNames[m.weekday].prefix(3)), spec)
        case UInt8(ascii: "u"): return number(m.weekday == 0 ? 7 : m.weekday, spec, width: 1)
        case UInt8(ascii: "w"): return number(m.weekday, spec, width: 1)
        case UInt8(ascii: "U"): return number((m.dayOfYear - 1 + 7 - m.weekday) / 7, spec, width: 2)
        case UInt8(ascii: "W"):
            return number((m.dayOfYear - 1 + 7 - FilterMoment.floorModulo(m.weekday + 6, 7)) / 7, spec, width: 2)
        case UInt8(ascii: "G"): return number(m.isoWeek.year, spec, width: 4)
        case UInt8(ascii: "g"): return number(FilterMoment.floorModulo(m.isoWeek.year, 100), spec, width: 2)
        case UInt8(ascii: "V"): return number(m.isoWeek.week, spec, width: 2)
        case UInt8(ascii: "s"): return number(m.epochSeconds, spec, width: 1)
        case UInt8(ascii: "Q"): return number(m.epochSeconds * 1000 + m.nanoseconds / 1_000_000, spec, width: 1)
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "%"): return "%"
        case UInt8(ascii: "c"): return word(format(m, "%a %b %e %H:%M:%S %Y"), spec)
        case UInt8(ascii: "D"), UInt8(ascii: "x"): return word(format(m, "%m/%d/%y"), spec)
        case UInt8(ascii: "F"): return word(format(m, "%Y-%m-%d"), spec)
        case UInt8(ascii: "T"), UInt8(ascii: "X"): return word(format(m, "%H:%M:%S"), spec)
        case UInt8(ascii: "R"): return word(format(m, "%H:%M"), spec)
        case UInt8(ascii: "r"): return word(format(m, "%I:%M:%S %p"), spec)
        case UInt8(ascii: "v"): return word(format(m, "%e-%^b-%Y"), spec)
        case UInt8(ascii: "+"): return word(format(m, "%a %b %e %H:%M:%S %Z %Y"), spec)
        default: return nil
        }
    }
}
