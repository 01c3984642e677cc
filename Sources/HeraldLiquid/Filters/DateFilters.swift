import Foundation

/// The `date` filter: `value | date: "%d %B %Y"`, Ruby's `strftime` on a timestamp, a date
/// string, or `"now"` / `"today"`.
///
/// Times are shown in UTC unless the input string carries an offset. Input that is not a
/// date is returned unchanged, as in Ruby. `"now"` reads the `now` register when the host
/// sets one (a Unix timestamp or a date string), so renders can be reproducible; otherwise
/// it uses the clock.
enum DateFilters {
    /// The filters of this family, by name.
    static let all: [String: FilterFunction] = ["date": FilterFunction(date)]

    /// The register the host sets to fix "now" for a render.
    static let nowRegister = "now"

    @Sendable static func date(_ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("date", min: 1, max: 1, usage: "date | date: \"%d %B %Y\"")
        let format = Ruby.string(arguments.positional[0])
        if format.isEmpty { return input }
        guard let moment = DateParser.moment(from: input, now: { now(context) }) else { return input }
        return .string(Strftime.format(moment, format))
    }

    /// The current moment: the `now` register, else the system clock.
    static func now(_ context: FilterContext) -> FilterMoment {
        if let value = context.registers[nowRegister] {
            switch value {
            case .string(let text) where text.lowercased() != "now" && text.lowercased() != "today":
                if let moment = DateParser.moment(from: .string(text), now: clock) { return moment }
            case .integer, .double, .decimal:
                if case .integer(let seconds) = FilterNumber(value).integral { return FilterMoment(epochSeconds: seconds) }
            default:
                break
            }
        }
        return clock()
    }

    private static func clock() -> FilterMoment {
        let interval = Date().timeIntervalSince1970
        let seconds = Int(interval.rounded(.down))
        return FilterMoment(epochSeconds: seconds, nanoseconds: Int((interval - Double(seconds)) * 1e9))
    }
}

extension FilterNumber {
    /// The number truncated to an Integer, when it fits.
    var integral: FilterNumber? {
        switch self {
        case .integer: return self
        case .float(let value), .money(let value): return FilterNumber.truncatedInteger(value).map { .integer($0) }
        case .binary(let value):
            guard value.isFinite, Swift.abs(value) < 9e18 else { return nil }
            return .integer(Int(value))
        }
    }
}
