import Foundation
import HeraldModel
import Testing

@Suite struct DecimalTextTests {
    @Test func addsDecimalsExactly() throws {
        let a = try #require(DecimalText.parse("0.10"))
        let b = try #require(DecimalText.parse("0.20"))
        let c = try #require(DecimalText.parse("0.30"))
        #expect(a + b == c)
        #expect(DecimalText.format(a + b, minimumFractionDigits: 2) == "0.30")
    }

    @Test func keepsManyDigitsWithoutBinaryRounding() throws {
        let value = try #require(DecimalText.parse("12345678901234567890.12"))
        #expect(value.description == "12345678901234567890.12")
        #expect(DecimalText.parse("0.1")?.description == "0.1")
        #expect(DecimalText.parse("-7.50")?.description == "-7.5")
        #expect(DecimalText.parse("1e3") == 1000)
        #expect(DecimalText.parse("2.5E-1")?.description == "0.25")
    }

    /// Up to 19 significant digits take a 64-bit shortcut; 20 and more the digit-by-digit path.
    @Test(arguments: [
        "9999999999999999999", "9999999999999999999.5", "18446744073709551615", "18446744073709551616",
        "-0.000000000000000000123", "007.50", "1234567890123456789.1234567890",
    ])
    func parsesDigitsAroundTheSixtyFourBitShortcutExactly(_ text: String) throws {
        let expected = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        #expect(DecimalText.parse(text) == expected)
    }

    @Test(arguments: ["1,2.3", "1.234,56", "+1", "1.", ".5", "", "-", "1 000", "12a", "0x10", "1e", "NaN"])
    func refusesTextThatIsNotAPlainDecimal(_ text: String) {
        #expect(DecimalText.parse(text) == nil)
    }

    @Test func roundsHalfUp() throws {
        #expect(DecimalText.rounded(try #require(DecimalText.parse("2.25")), places: 1).description == "2.3")
        #expect(DecimalText.rounded(Decimal(10) / Decimal(3), places: 1).description == "3.3")
    }
}
