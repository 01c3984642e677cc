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
        let amount: Decimal
        switch input {
        case .decimal(let value): amount = value
        case .integer(let value): amount = Decimal(value)
        case .string(let text):
            guard let value = Decimal(string: text) else { throw LiquidFilterError("'\(text)' is not an amount") }
            amount = value
        default: throw LiquidFilterError("money expects an amount")
        }
        guard let cents = cents(amount) else { throw LiquidFilterError("amount \(amount) is out of range") }
        // Built as a String: results of up to 15 UTF-8 bytes stay inline, with no allocation.
        var text = cents < 0 ? "-" : ""
        if case .string(let currency) = arguments.positional.first ?? .nil {
            switch currency {
            case "EUR": text += "€"
            case "USD": text += "$"
            case "GBP": text += "£"
            default: text += currency + " "
            }
        }
        let whole = String(cents.magnitude / 100)
        var digitsLeft = whole.utf8.count
        for digit in whole {
            text.append(digit)
            digitsLeft -= 1
            if digitsLeft > 0, digitsLeft % 3 == 0 { text.append(",") }
        }
        let fraction = Int(cents.magnitude % 100)
        text += fraction < 10 ? ".0" : "."
        text += String(fraction)
        return .string(text)
    }

    /// The amount in whole cents, rounded half-even; nil beyond ±9.2e18 cents.
    private static func cents(_ amount: Decimal) -> Int64? {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .bankers)
        var scaled = Decimal()
        guard NSDecimalMultiplyByPowerOf10(&scaled, &rounded, 2, .plain) == .noError else { return nil }
        let number = NSDecimalNumber(decimal: scaled)
        guard abs(number.doubleValue) < 9.2e18 else { return nil }
        return number.int64Value
    }

    /// `"2026-10-05" | local_date` → `5 October 2026`.
    @Sendable static func localDate(_ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext)
        throws -> LiquidValue
    {
        guard case .string(let text) = input, text.utf8.count == 10 else {
            throw LiquidFilterError("'\(input.stringValue)' is not a YYYY-MM-DD date")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        bytes.append(contentsOf: text.utf8)
        func digit(_ index: Int) -> Int? {
            let value = Int(bytes[index]) - 48
            return (0...9).contains(value) ? value : nil
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), let m1 = digit(5), let m2 = digit(6),
            let d1 = digit(8), let d2 = digit(9), (1...12).contains(m1 * 10 + m2),
            [0, 1, 2, 3].allSatisfy({ digit($0) != nil })
        else { throw LiquidFilterError("'\(text)' is not a YYYY-MM-DD date") }
        var out: [UInt8] = []
        out.reserveCapacity(20)
        if d1 > 0 { out.append(UInt8(48 + d1)) }
        out.append(contentsOf: [UInt8(48 + d2), UInt8(ascii: " ")])
        out.append(contentsOf: months[m1 * 10 + m2 - 1].utf8)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: bytes[0..<4])
        return .string(String(decoding: out, as: UTF8.self))
    }
}
