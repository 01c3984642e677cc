import Foundation
import HeraldLiquid
import Testing

@Suite struct DecimalPartsTests {
    static let texts = [
        "0", "0.000", "1.50", "-1234.5600", "0.05", "-0.05", "1e2", "1e30", "1.23e-20", "5e-1", "18446744073709551615",
        "-9.99", "1000000", "0.1",
    ]

    @Test(arguments: texts)
    func plainTextIsFoundationsDescription(_ text: String) throws {
        let value = try #require(Decimal(string: text))
        let parts = try #require(DecimalParts(value), "this Foundation's Decimal layout is not read")
        #expect(parts.plainText == value.description)
    }

    @Test func readsSignSignificandAndExponent() throws {
        let value = try #require(Decimal(string: "-1234.56"))
        let parts = try #require(DecimalParts(value))
        #expect(parts == DecimalParts(significand: 123_456, exponent: -2, isNegative: true))
    }

    @Test func widerThanSixtyFourBitsAndNaNAreNotRead() throws {
        let wide = try #require(Decimal(string: "123456789012345678901234567890"))
        #expect(DecimalParts(wide) == nil)
        #expect(DecimalParts(Decimal.nan) == nil)
    }

    @Test(arguments: [
        ("2.345", 234), ("2.355", 236), ("2.3450001", 235), ("-2.345", -234), ("-2.355", -236), ("0.005", 0),
        ("0.015", 2), ("12", 1200), ("1e-40", 0), ("-0.004", 0),
    ])
    func scaledRoundsHalfToEven(_ text: String, _ cents: Int64) throws {
        let decimal = try #require(Decimal(string: text))
        let parts = try #require(DecimalParts(decimal))
        #expect(parts.scaled(toFractionDigits: 2) == cents)
        var value = decimal
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .bankers)
        #expect(rounded * 100 == Decimal(cents), "agrees with Foundation's half-even rounding")
    }

    @Test func scaledIsNilWhenTheResultOverflows() throws {
        let parts = DecimalParts(significand: UInt64.max, exponent: 0, isNegative: false)
        #expect(parts.scaled(toFractionDigits: 2) == nil)
        #expect(DecimalParts(significand: 1, exponent: 30, isNegative: false).scaled(toFractionDigits: 0) == nil)
    }

    @Test func comparesAcrossExponentsAndSigns() {
        let half = DecimalParts(significand: 5, exponent: -1, isNegative: false)
        let fifty = DecimalParts(significand: 50, exponent: -2, isNegative: false)
        let minusOne = DecimalParts(significand: 1, exponent: 0, isNegative: true)
        let minusTwo = DecimalParts(significand: 2, exponent: 0, isNegative: true)
        #expect(DecimalParts.compare(half, fifty) == .orderedSame)
        #expect(DecimalParts.compare(minusOne, half) == .orderedAscending)
        #expect(DecimalParts.compare(minusTwo, minusOne) == .orderedAscending)
        #expect(DecimalParts.compare(half, minusTwo) == .orderedDescending)
        let huge = DecimalParts(significand: UInt64.max, exponent: 5, isNegative: false)
        #expect(DecimalParts.compare(huge, half) == nil, "aligning 10^6 apart overflows")
    }

    @Test func templatesCompareAndPrintDecimalsExactly() throws {
        let data: LiquidValue = [
            "paid": .decimal(Decimal(string: "0.10")!), "zero": .decimal(0), "big": .decimal(Decimal(string: "1e30")!),
        ]
        let source = """
            {{ paid }} {% if paid > 0 %}a{% endif %}{% if paid == 0.1 %}b{% endif %}{% if paid < 1 %}c{% endif %}\
            {% if zero == 0 %}d{% endif %}{% if big > 5 %}e{% endif %}{% if paid >= 0.11 %}x{% endif %} {{ big }}
            """
        #expect(try render(source, data) == "0.1 abcde 1000000000000000000000000000000")
    }
}
