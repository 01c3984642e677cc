import HeraldDiagnostics
import Testing

@Suite struct ASCIICodesTests {
    @Test(arguments: [
        ("EUR", 3...3, false, true),
        ("eur", 3...3, false, true),
        ("EU", 3...3, false, false),
        ("EURO", 3...3, false, false),
        ("E1R", 3...3, false, false),
        ("ÉUR", 3...3, false, false),
        ("ＥＵＲ", 3...3, false, false),  // full-width letters are letters, but not ASCII
        ("", 2...2, false, false),
        ("1996", 1...8, true, true),
        ("Latn", 1...8, true, true),
        ("a-b", 1...8, true, false),
    ] as [(String, ClosedRange<Int>, Bool, Bool)])
    func acceptsOnlyASCIILettersAndOptionallyDigitsOfTheLength(
        text: String, length: ClosedRange<Int>, digits: Bool, expected: Bool
    ) {
        #expect(text.isASCIICode(length: length, digits: digits) == expected)
        #expect(text[...].isASCIICode(length: length, digits: digits) == expected)
    }

    @Test func byteClassesStopAtTheirASCIIBounds() {
        let letters = (0...255).map(UInt8.init).filter(\.isASCIILetter)
        let digits = (0...255).map(UInt8.init).filter(\.isASCIIDigit)
        #expect(letters == Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8))
        #expect(digits == Array("0123456789".utf8))
    }
}
