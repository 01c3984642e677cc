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

    @Test func escapeFindsMarkupWhereverItStands() throws {
        // `escape` looks for markup eight bytes at a time: put each character it replaces at
        // every position of strings around the word size, among ordinary bytes.
        let replaced: [(Character, String)] = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")]
        let ordinary = Array("a=b?c%d(e)f;g€h%i!j#k l-m.n,o")
        for length in [1, 7, 8, 9, 15, 16, 17, 25] {
            for position in 0..<length {
                for (character, entity) in replaced {
                    var characters = Array(ordinary.prefix(length))
                    characters[position] = character
                    let expected = String(characters[..<position]) + entity + String(characters[(position + 1)...])
                    #expect(try applyFilters(.string(String(characters)), [FilterStep("escape")]) == .string(expected))
                }
            }
            let plain = String(ordinary.prefix(length))
            #expect(try applyFilters(.string(plain), [FilterStep("escape")]) == .string(plain))
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
