import HeraldLocale
import Testing

@Suite struct PluralRulesTests {
    private func category(_ number: String, _ language: String) throws -> PluralCategory {
        PluralRules.category(of: try #require(PluralOperands(number)), language: language)
    }

    @Test(arguments: ["en", "nl", "de"])
    func germanicLanguagesUseOneOnlyForExactlyOne(language: String) throws {
        #expect(try category("1", language) == .one)
        #expect(try category("0", language) == .other)
        #expect(try category("2", language) == .other)
        #expect(try category("1.0", language) == .other)  // v = 1: "1.0 invoices"
        #expect(try category("1000000", language) == .other)
    }

    @Test func frenchUsesOneForZeroAndOneAndFractionsBelowTwo() throws {
        #expect(try category("0", "fr") == .one)
        #expect(try category("1", "fr") == .one)
        #expect(try category("1.5", "fr") == .one)
        #expect(try category("2", "fr") == .other)
        #expect(try category("999999", "fr") == .other)
    }

    @Test func frenchUsesManyForRoundMillions() throws {
        #expect(try category("1000000", "fr") == .many)
        #expect(try category("2000000", "fr") == .many)
        #expect(try category("1000001", "fr") == .other)
        #expect(try category("1000000.5", "fr") == .other)
    }

    @Test func operandsKeepVisibleFractionDigits() throws {
        let operands = try #require(PluralOperands("-1.50"))
        #expect(operands.i == 1)
        #expect(operands.v == 2)
        #expect(operands.f == 50)
        #expect(operands.t == 5)
    }

    @Test func unknownLanguageAlwaysUsesOther() throws {
        #expect(try category("1", "xx") == .other)
    }
}
