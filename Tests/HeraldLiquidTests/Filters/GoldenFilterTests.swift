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
}
