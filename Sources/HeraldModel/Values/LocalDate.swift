/// A calendar date without a time or a time zone, such as an invoice's due date.
///
/// Herald's policy works in whole days: "today" is the run's `asOf` date and every offset is
/// a number of days. `LocalDate` never touches Foundation's `Date`, `Calendar` or `TimeZone`,
/// so the same input gives the same answer on every machine.
///
/// ```swift
/// let due = try #require(LocalDate(iso: "2026-11-05"))
/// due.adding(days: 30).iso            // "2026-12-05"
/// LocalDate(2026, 11, 29)!.days(since: due)  // 24
/// ```
public struct LocalDate: Sendable, Hashable, Comparable, Codable {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// Creates a date, or `nil` when the parts do not name a real day (such as 2026-02-30).
    public init?(_ year: Int, _ month: Int, _ day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`, exactly: no time, no zone, no spaces.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year, month, day)
    }

    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The number of days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `daysSinceEpoch` days after 1970-01-01, or `nil` outside years 1...9999.
    public init?(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year, month, day)
    }

    /// This date moved by `days` days (negative moves back). Clamps to the supported range.
    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days) ?? (days < 0 ? .distantPast : .distantFuture)
    }

    /// This date moved by whole months, keeping the day where the target month has it and
    /// using the month's last day otherwise (2026-03-31 minus one month is 2026-02-28).
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        guard (1...9999).contains(newYear) else { return months < 0 ? .distantPast : .distantFuture }
        let newDay = min(day, LocalDate.daysInMonth(year: newYear, month: newMonth))
        return LocalDate(newYear, newMonth, newDay) ?? self
    }

    /// Whole days from `other` to this date: positive when this date is later.
    public func days(since other: LocalDate) -> Int { daysSinceEpoch - other.daysSinceEpoch }

    /// Orders dates chronologically.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// 0001-01-01, the earliest supported date.
    public static let distantPast = LocalDate(uncheckedYear: 1, month: 1, day: 1)
    /// 9999-12-31, the latest supported date.
    public static let distantFuture = LocalDate(uncheckedYear: 9999, month: 12, day: 31)

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `year` has a 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}

extension LocalDate: CustomStringConvertible {
    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String { iso }
}

extension LocalDate: LosslessStringConvertible {
    /// Parses `YYYY-MM-DD`.
    public init?(_ description: String) { self.init(iso: description) }
}

extension LocalDate {
    /// Decodes an ISO 8601 `YYYY-MM-DD` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid date '\(text)': use YYYY-MM-DD")
        }
        self = date
    }

    /// Encodes the date as an ISO 8601 `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
