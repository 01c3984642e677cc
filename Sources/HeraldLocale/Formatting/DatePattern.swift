import Foundation

/// A CLDR date pattern (`dd-MM-y`, `d MMMM y`) split into fields once, with the month and
/// weekday names it needs.
struct DatePattern: Sendable, Hashable {
    enum Field: Sendable, Hashable {
        case literal(String)
        case year(width: Int)
        case month(width: Int)
        case standaloneMonth(width: Int)
        case day(width: Int)
        case weekday(width: Int)
    }

    /// The names a pattern may use, from ICU, in the format (not stand-alone) context.
    struct Names: Sendable, Hashable {
        var months: [String]
        var shortMonths: [String]
        var standaloneMonths: [String]
        var shortStandaloneMonths: [String]
        var weekdays: [String]
        var shortWeekdays: [String]
    }

    let fields: [Field]

    /// Splits an ICU pattern into fields. Quoted text (`'de'`) is literal; `''` is a quote.
    init(_ pattern: String) {
        var fields: [Field] = []
        var literal = ""
        let characters = Array(pattern)
        var index = 0
        func flush() {
            if !literal.isEmpty { fields.append(.literal(literal)) }
            literal = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "'" {
                if index + 1 < characters.count, characters[index + 1] == "'" {
                    literal.append("'")
                    index += 2
                    continue
                }
                index += 1
                while index < characters.count {
                    if characters[index] == "'" {
                        if index + 1 < characters.count, characters[index + 1] == "'" {
                            literal.append("'")
                            index += 2
                            continue
                        }
                        break
                    }
                    literal.append(characters[index])
                    index += 1
                }
                index += 1
                continue
            }
            guard character.isASCII, character.isLetter else {
                literal.append(character)
                index += 1
                continue
            }
            var width = 1
            while index + width < characters.count, characters[index + width] == character { width += 1 }
            let field: Field? =
                switch character {
                case "y", "u": .year(width: width)
                case "M": .month(width: width)
                case "L": .standaloneMonth(width: width)
                case "d": .day(width: width)
                case "E", "c", "e": .weekday(width: width)
                default: nil
                }
            if let field {
                flush()
                fields.append(field)
            } else {
                literal += String(repeating: character, count: width)  // a field Herald does not write
            }
            index += width
        }
        flush()
        self.fields = fields
    }

    func format(_ date: CalendarDate, names: Names) -> String {
        var text = ""
        for field in fields {
            switch field {
            case .literal(let literal): text += literal
            case .year(let width):
                text += width == 2 ? Self.pad(date.year % 100, 2) : Self.pad(date.year, width)
            case .day(let width): text += Self.pad(date.day, width)
            case .month(let width), .standaloneMonth(let width):
                let isStandalone = if case .standaloneMonth = field { true } else { false }
                switch width {
                case 1, 2: text += Self.pad(date.month, width)
                case 3: text += (isStandalone ? names.shortStandaloneMonths : names.shortMonths)[date.month - 1]
                default: text += (isStandalone ? names.standaloneMonths : names.months)[date.month - 1]
                }
            case .weekday(let width):
                text += (width >= 4 ? names.weekdays : names.shortWeekdays)[date.weekday]
            }
        }
        return text
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension DatePattern.Names {
    /// Reads the names from ICU; falls back to English numbers-only names if ICU has none.
    init(formatter: DateFormatter) {
        func twelve(_ names: [String]?) -> [String] {
            guard let names, names.count == 12 else { return (1...12).map(String.init) }
            return names
        }
        func seven(_ names: [String]?) -> [String] {
            guard let names, names.count == 7 else { return (1...7).map(String.init) }
            return names
        }
        months = twelve(formatter.monthSymbols)
        shortMonths = twelve(formatter.shortMonthSymbols)
        standaloneMonths = twelve(formatter.standaloneMonthSymbols)
        shortStandaloneMonths = twelve(formatter.shortStandaloneMonthSymbols)
        weekdays = seven(formatter.weekdaySymbols)
        shortWeekdays = seven(formatter.shortWeekdaySymbols)
    }
}
