/// Turns `date` filter input into a moment, like Liquid's `Utils.to_date`: integers and
/// digit-only strings are Unix timestamps, `"now"` / `"today"` is the current time, and other
/// strings go through a parser modelled on Ruby's `Time.parse` (ISO 8601, RFC 2822,
/// `March 14, 2016`, `14 Mar 2016 10:30 pm`, `14/03/2016`, …). Times without a zone are UTC.
enum DateParser {
    /// The moment for `input`, or `nil` when Ruby would hand the input back unchanged.
    static func moment(from input: LiquidValue, now: () -> FilterMoment) -> FilterMoment? {
        switch input {
        case .integer(let seconds):
            return isRepresentable(seconds) ? FilterMoment(epochSeconds: seconds) : nil
        case .string(let text):
            if text.isEmpty { return nil }
            let lowered = text.lowercased()
            if lowered == "now" || lowered == "today" { return now() }
            if lowered.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                guard let seconds = Int(lowered), isRepresentable(seconds) else { return nil }
                return FilterMoment(epochSeconds: seconds)
            }
            return parse(lowered, now: now)
        default:
            return nil
        }
    }

    /// Years 1 to 9999 and then some: keeps the calendar arithmetic far from overflow.
    private static func isRepresentable(_ seconds: Int) -> Bool {
        seconds > -400_000_000_000 && seconds < 400_000_000_000
    }

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case symbol(UInt8)
        case space
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                let start = index
                var value = 0
                while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                    if index - start < 18 { value = value * 10 + Int(bytes[index] - 0x30) }
                    index += 1
                }
                tokens.append(.number(value, digits: index - start))
            } else if (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 {
                let start = index
                while index < bytes.count, (bytes[index] >= 0x61 && bytes[index] <= 0x7A) || bytes[index] >= 0x80 {
                    index += 1
                }
                tokens.append(.word(String(decoding: bytes[start..<index], as: UTF8.self)))
            } else if Ruby.isSpace(byte) || byte == UInt8(ascii: ",") {
                if tokens.last != .space { tokens.append(.space) }
                index += 1
            } else {
                tokens.append(.symbol(byte))
                index += 1
            }
        }
        return tokens
    }

    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    private static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "ut": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "wet": 0, "west": 1, "bst": 1,
    ]

    private static func monthNumber(named word: String) -> Int? {
        guard word.utf8.count >= 3 else { return nil }
        let prefix = String(word.prefix(3))
        guard let index = months.firstIndex(of: prefix) else { return nil }
        let full = Strftime.monthNames[index].lowercased()
        return full.hasPrefix(word) || word == "sept" ? index + 1 : nil
    }

    private static func isWeekday(_ word: String) -> Bool {
        guard word.utf8.count >= 3 else { return false }
        return Strftime.dayNames.contains { $0.lowercased().hasPrefix(word) || word.hasPrefix($0.lowercased()) }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func parse(_ text: String, now: () -> FilterMoment) -> FilterMoment? {
        let tokens = tokenize(text)
        var year: Int?
        var month: Int?
        var day: Int?
        var hour: Int?
        var minute = 0
        var second = 0
        var nanoseconds = 0
        var offset: Int?
        var zoneName: String?
        var meridian: String?

        func number(_ at: Int) -> (value: Int, digits: Int)? {
            guard at >= 0, at < tokens.count, case .number(let value, let digits) = tokens[at] else { return nil }
            return (value, digits)
        }
        func symbol(_ at: Int, _ byte: UInt8) -> Bool {
            at >= 0 && at < tokens.count && tokens[at] == .symbol(byte)
        }

        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .number(let value, let digits):
                // 2016-03-14, 2016/03/14
                if digits >= 4, year == nil,
                    symbol(index + 1, UInt8(ascii: "-")) || symbol(index + 1, UInt8(ascii: "/")),
                    let m = number(index + 2), index + 3 < tokens.count, tokens[index + 3] == tokens[index + 1],
                    let d = number(index + 4)
                {
                    (year, month, day) = (value, m.value, d.value)
                    index += 5
                    continue
                }
                // 14/03/2016, 14.03.2016, 14-03-2016 (day first, as Ruby reads them)
                if digits <= 2, day == nil,
                    symbol(index + 1, UInt8(ascii: "/")) || symbol(index + 1, UInt8(ascii: "."))
                        || symbol(index + 1, UInt8(ascii: "-")),
                    let m = number(index + 2), m.digits <= 2, index + 3 < tokens.count, tokens[index + 3] == tokens[index + 1],
                    let y = number(index + 4)
                {
                    (day, month, year) = (value, m.value, y.digits <= 2 ? y.value + (y.value < 69 ? 2000 : 1900) : y.value)
                    index += 5
                    continue
                }
                // 10:20, 10:20:30, 10:20:30.123
                if digits <= 2, symbol(index + 1, UInt8(ascii: ":")), let m = number(index + 2) {
                    hour = value
                    minute = m.value
                    index += 3
                    if symbol(index, UInt8(ascii: ":")), let s = number(index + 1) {
                        second = s.value
                        index += 2
                        if symbol(index, UInt8(ascii: ".")) || symbol(index, UInt8(ascii: ",")),
                            case .number(let fraction, let fractionDigits) = index + 1 < tokens.count
                                ? tokens[index + 1] : .space
                        {
                            var nanos = fraction
                            var scale = fractionDigits
                            while scale < 9 {
                                nanos *= 10
                                scale += 1
                            }
                            while scale > 9 {
                                nanos /= 10
                                scale -= 1
                            }
                            nanoseconds = fractionDigits <= 18 ? nanos : 0
                            index += 2
                        }
                    }
                    // Numeric offset right after the time: +0100, -05:00, +01
                    var lookahead = index
                    if lookahead < tokens.count, tokens[lookahead] == .space { lookahead += 1 }
                    if symbol(lookahead, UInt8(ascii: "+")) || symbol(lookahead, UInt8(ascii: "-")),
                        let first = number(lookahead + 1)
                    {
                        let sign = symbol(lookahead, UInt8(ascii: "-")) ? -1 : 1
                        var hours = first.value
                        var minutes = 0
                        var used = 2
                        if first.digits == 4 {
                            hours = first.value / 100
                            minutes = first.value % 100
                        } else if symbol(lookahead + 2, UInt8(ascii: ":")), let m = number(lookahead + 3) {
                            minutes = m.value
                            used = 4
                        }
                        if first.digits == 4 || first.digits <= 2 {
                            offset = sign * (hours * 3600 + minutes * 60)
                            index = lookahead + used
                        }
                    }
                    continue
                }
                // 20160314
                if digits == 8, year == nil {
                    (year, month, day) = (value / 10000, value / 100 % 100, value % 100)
                    index += 1
                    continue
                }
                if digits <= 2, day == nil {
                    day = value
                } else if digits <= 2, year == nil, month != nil {
                    year = value + (value < 69 ? 2000 : 1900)
                } else if digits == 4, year == nil {
                    year = value
                } else {
                    return nil
                }
            case .word(let word):
                if let named = monthNumber(named: word), month == nil {
                    month = named
                } else if word == "am" || word == "pm" {
                    meridian = word
                } else if word == "a" || word == "p", symbol(index + 1, UInt8(ascii: ".")) {
                    meridian = word + "m"
                } else if let hours = zones[word] {
                    offset = hours * 3600
                    zoneName = hours == 0 ? "UTC" : word.uppercased()
                } else if word == "t" || word == "st" || word == "nd" || word == "rd" || word == "th" || word == "of"
                    || word == "m" || isWeekday(word)
                {
                    // separators, ordinals, weekdays
                } else {
                    return nil
                }
            case .symbol, .space:
                break
            }
            index += 1
        }
        guard year != nil || month != nil || day != nil || hour != nil else { return nil }
        var current: FilterMoment?
        func today() -> FilterMoment {
            if let current { return current }
            let value = now()
            current = value
            return value
        }
        if year == nil && month == nil && day == nil {
            let reference = today()
            (year, month, day) = (reference.year, reference.month, reference.day)
        }
        let y = year ?? today().year
        let m = month ?? (day != nil && year == nil ? today().month : 1)
        let d = day ?? 1
        var h = hour ?? 0
        if let meridian {
            guard (1...12).contains(h) else { return nil }
            if meridian == "pm", h < 12 { h += 12 }
            if meridian == "am", h == 12 { h = 0 }
        }
        guard (1...12).contains(m), d >= 1, d <= FilterMoment.daysIn(month: m, year: y), (0...24).contains(h),
            (0...59).contains(minute), (0...60).contains(second), y > -100_000, y < 100_000
        else { return nil }
        let local = FilterMoment.days(fromYear: y, month: m, day: d) * 86_400 + h * 3600 + minute * 60 + second
        let utcOffset = offset ?? 0
        return FilterMoment(
            epochSeconds: local - utcOffset, nanoseconds: nanoseconds, utcOffset: utcOffset,
            zoneName: offset == nil ? "UTC" : zoneName)
    }
}
