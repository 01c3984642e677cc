/// An instant with a UTC offset, broken down into calendar fields (proleptic Gregorian),
/// for the `date` filter. No Foundation calendar: the arithmetic is exact and the same on
/// every platform.
struct FilterMoment: Sendable, Equatable {
    /// Seconds since 1970-01-01T00:00:00Z.
    var epochSeconds: Int
    /// Fraction of the second, in nanoseconds.
    var nanoseconds: Int = 0
    /// Offset from UTC in seconds; local fields are computed in this offset.
    var utcOffset: Int = 0
    /// The zone name `%Z` prints: "UTC" for UTC, "" for a bare numeric offset.
    var zoneName: String = "UTC"

    /// Local calendar fields.
    var year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0
    /// Days since 1970-01-01 in local time.
    var dayNumber = 0

    init(epochSeconds: Int, nanoseconds: Int = 0, utcOffset: Int = 0, zoneName: String? = nil) {
        self.epochSeconds = epochSeconds
        self.nanoseconds = nanoseconds
        self.utcOffset = utcOffset
        self.zoneName = zoneName ?? (utcOffset == 0 ? "UTC" : "")
        let local = epochSeconds + utcOffset
        let days = Self.floorDivide(local, 86_400)
        let secondOfDay = local - days * 86_400
        dayNumber = days
        (year, month, day) = Self.civil(fromDays: days)
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
    }

    /// Sunday = 0 … Saturday = 6.
    var weekday: Int { Self.floorModulo(dayNumber + 4, 7) }

    /// Day of the year, 1-based.
    var dayOfYear: Int { dayNumber - Self.days(fromYear: year, month: 1, day: 1) + 1 }

    /// ISO 8601 week-based year and week number.
    var isoWeek: (year: Int, week: Int) {
        let mondayBased = Self.floorModulo(weekday + 6, 7)
        let thursday = dayNumber - mondayBased + 3
        let isoYear = Self.civil(fromDays: thursday).year
        let week = (thursday - Self.days(fromYear: isoYear, month: 1, day: 1)) / 7 + 1
        return (isoYear, week)
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    static func floorModulo(_ a: Int, _ b: Int) -> Int {
        let remainder = a % b
        return remainder < 0 ? remainder + b : remainder
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    static func days(fromYear year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day number.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
