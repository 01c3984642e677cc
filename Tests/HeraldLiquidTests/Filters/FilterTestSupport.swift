import HeraldLiquid
import OrderedCollections
import Testing

/// One filter call in a chain: `| name: positional..., key: value`.
struct FilterStep: Sendable, CustomStringConvertible {
    var name: String
    var arguments: FilterArguments

    init(_ name: String, _ positional: [LiquidValue] = [], keywords: [(String, LiquidValue)] = []) {
        self.name = name
        self.arguments = FilterArguments(
            positional: positional,
            keyword: OrderedDictionary(keywords, uniquingKeysWith: { _, last in last }))
    }

    var description: String { "\(name)(\(arguments.positional.count) args)" }
}

/// What a case expects: rendered text, any of several texts, or an error.
enum FilterExpectation: Sendable {
    case output(String)
    case oneOf([String])
    case failure
}

/// A filter chain over an input, with the text `{{ … }}` would render.
struct GoldenFilterCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: LiquidValue
    var steps: [FilterStep]
    var expected: FilterExpectation

    init(_ name: String, input: LiquidValue, steps: [FilterStep], expected: FilterExpectation) {
        self.name = name
        self.input = input
        self.steps = steps
        self.expected = expected
    }

    var testDescription: String { name }
}

/// Runs `steps` over `input` through `StandardFilters.all`.
func applyFilters(_ input: LiquidValue, _ steps: [FilterStep]) throws -> LiquidValue {
    var value = input
    for step in steps {
        let filter = try #require(StandardFilters.all[step.name], "no filter named \(step.name)")
        value = try filter(value, step.arguments, FilterContext(registers: [:]))
    }
    return value
}
