import Foundation
import HeraldLiquid

/// Stand-ins for Herald's locale filters (`money`, `local_date` from HeraldLocale), so the
/// benchmark measures the Liquid engine without the locale catalogs. Benchmarks/python defines
/// the same two filters for python-liquid; both sides must render identical text.
enum StandInFilters {
    static let all: [String: LiquidFilter] = ["money": money, "local_date": localDate]

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `1234.5 | money: "EUR"` → `€1,234.50` (half-even rounding to cents, comma grouping).
    @Sendable static func money(_ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext) throws
        -> LiquidValue
    {
        var amount: Decimal
        switch input {
        case .decimal(let value): amount = value
        case .integer(let value): amount = Decimal(value)
        case .string(let text):
            guard let value = Decimal(string: text) else { throw LiquidFilterError("'\(text)' is not an amount") }
            amount = value
        default: throw LiquidFilterError("money expects an amount")
        }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &amount, 2, .bankers)
        let cents = NSDecimalNumber(decimal: rounded * 100).int64Value
        let magnitude = cents.magnitude
        var whole = String(magnitude / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        let fraction = magnitude % 100
        let number = whole + grouped + (fraction < 10 ? ".0" : ".") + String(fraction)
        let currency = arguments.positional.first?.stringValue ?? ""
        let symbol: String? = ["EUR": "€", "USD": "$", "GBP": "£"][currency]
        let text = symbol.map { $0 + number } ?? "\(currency) \(number)"
        return .string(cents < 0 ? "-" + text : text)
    }

    /// `"2026-10-05" | local_date` → `5 October 2026`.
    @Sendable static func localDate(_ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext)
        throws -> LiquidValue
    {
        let parts = input.stringValue.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]) else {
            throw LiquidFilterError("'\(input.stringValue)' is not a YYYY-MM-DD date")
        }
        return .string("\(day) \(months[month - 1]) \(parts[0])")
    }
}
