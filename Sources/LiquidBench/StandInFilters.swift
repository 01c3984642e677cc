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
        guard let cents = DecimalParts(amount)?.scaled(toFractionDigits: 2) ?? cents(amount) else { throw LiquidFilterError("amount \(amount) is out of range") }
        let symbol: String
        switch arguments.positional.first ?? .nil {
        case .string("EUR"): symbol = "€"
        case .string("USD"): symbol = "$"
        case .string("GBP"): symbol = "£"
        case let currency: symbol = currency.stringValue + " "
        }
        var units = cents.magnitude / 100
        var digitCount = 1
        while units >= 10 {
            units /= 10
            digitCount += 1
        }
        let length = digitCount + (digitCount - 1) / 3 + 3
        // The digits are ASCII, written right to left straight into the string's storage (the
        // check that they are UTF-8 is then the quick ASCII one); the symbol is put in front.
        let digits = String(unsafeUninitializedCapacity: length) { buffer in
            var position = length
            func put(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
            let fraction = cents.magnitude % 100
            put(UInt8(48 + fraction % 10))
            put(UInt8(48 + fraction / 10))
            put(UInt8(ascii: "."))
            var whole = cents.magnitude / 100
            for written in 0..<digitCount {
                if written > 0, written % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(48 + whole % 10))
                whole /= 10
            }
            return length
        }
        let text = cents < 0 ? "-" + symbol + digits : symbol + digits
        return .string(text)
    }

    /// The amount in whole cents, rounded half-even, through Foundation (where `DecimalParts`
    /// cannot read the amount); nil beyond ±9.2e18 cents.
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
        var source = text
        let date: String? = source.withUTF8 { bytes in
            func digit(_ index: Int) -> Int? {
                let value = Int(bytes[index]) - 48
                return (0...9).contains(value) ? value : nil
            }
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), let m1 = digit(5), let m2 = digit(6),
                let d1 = digit(8), let d2 = digit(9), (1...12).contains(m1 * 10 + m2),
                digit(0) != nil, digit(1) != nil, digit(2) != nil, digit(3) != nil
            else { return nil }
            let month = months[m1 * 10 + m2 - 1]
            let length = (d1 > 0 ? 2 : 1) + 1 + month.utf8.count + 1 + 4
            return String(unsafeUninitializedCapacity: length) { buffer in
                var position = 0
                func put(_ byte: UInt8) {
                    buffer[position] = byte
                    position += 1
                }
                if d1 > 0 { put(UInt8(48 + d1)) }
                put(UInt8(48 + d2))
                put(UInt8(ascii: " "))
                for byte in month.utf8 { put(byte) }
                put(UInt8(ascii: " "))
                for index in 0..<4 { put(bytes[index]) }
                return position
            }
        }
        guard let date else { throw LiquidFilterError("'\(text)' is not a YYYY-MM-DD date") }
        return .string(date)
    }
}
