import HeraldLiquid
import Testing

@Suite struct GoldenFilterTests {
    @Test(arguments: GoldenFilterCase.all)
    func goldenCase(_ testCase: GoldenFilterCase) throws {
        switch testCase.expected {
        case .output(let expected):
            let result = try applyFilters(testCase.input, testCase.steps)
            #expect(result.stringValue == expected)
        case .oneOf(let choices):
            let result = try applyFilters(testCase.input, testCase.steps)
            #expect(choices.contains(result.stringValue), "got \(result.stringValue)")
        case .failure:
            #expect(throws: LiquidFilterError.self) { try applyFilters(testCase.input, testCase.steps) }
        }
    }

    @Test func sizeAndSliceCountCharactersOfEveryWidthAtEveryPosition() throws {
        // Characters are counted eight bytes at a time: mix one- to four-byte characters so
        // that they straddle every word boundary, in strings shorter and longer than a word.
        let characters: [Character] = ["a", "é", "€", "😀", "z", "ß", "中", " ", "\u{301}"]
        for length in 0...40 {
            let text = String((0..<length).map { characters[($0 * 5 + length) % characters.count] })
            let size = try applyFilters(.string(text), [FilterStep("size")])
            #expect(size == .integer(text.unicodeScalars.count), "\(text)")
            let sliced = try applyFilters(.string(text), [FilterStep("slice", [1, 3])])
            #expect(sliced == .string(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst().prefix(3)))))
        }
    }
}
