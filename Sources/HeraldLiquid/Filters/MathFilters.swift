import Foundation

/// The math filters: `plus`, `minus`, `times`, `divided_by`, `modulo`, `abs`, `ceil`,
/// `floor`, `round`, `at_least`, `at_most`.
///
/// Integer with Integer gives an Integer (division floors, like Ruby); any Float makes a
/// Float; host decimals (money) stay decimal with integers and decimals. Strings are
/// coerced (`"10"` → 10, `"2.5"` → 2.5) and anything else counts as 0.
enum MathFilters {
    /// The filters of this family, by name.
    static let all: [String: FilterFunction] = [
        "plus": FilterFunction { input, arguments, _ in try operation(.add, "plus", input, arguments) },
        "minus": FilterFunction { input, arguments, _ in try operation(.subtract, "minus", input, arguments) },
        "times": FilterFunction { input, arguments, _ in try operation(.multiply, "times", input, arguments) },
        "divided_by": FilterFunction { input, arguments, _ in try operation(.divide, "divided_by", input, arguments) },
        "modulo": FilterFunction { input, arguments, _ in try operation(.modulo, "modulo", input, arguments) },
        "abs": FilterFunction(abs),
        "ceil": FilterFunction { input, arguments, _ in
            try arguments.check("ceil", max: 0, usage: "number | ceil")
            return try integral(input, mode: .up, filter: "ceil")
        },
        "floor": FilterFunction { input, arguments, _ in
            try arguments.check("floor", max: 0, usage: "number | floor")
            return try integral(input, mode: .down, filter: "floor")
        },
        "round": FilterFunction(round),
        "at_least": FilterFunction { input, arguments, _ in try clamp("at_least", input, arguments, keepLarger: true) },
        "at_most": FilterFunction { input, arguments, _ in try clamp("at_most", input, arguments, keepLarger: false) },
    ]

    static func operation(
        _ operation: FilterNumber.Operation, _ name: String, _ input: LiquidValue, _ arguments: FilterArguments
    ) throws -> LiquidValue {
        try arguments.check(name, min: 1, max: 1, usage: "number | \(name): number")
        let operand = arguments.positional[0]
        return try FilterNumber.apply(operation, FilterNumber(input), FilterNumber(operand), filter: name).liquidValue
    }

    @Sendable static func abs(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("abs", max: 0, usage: "number | abs")
        switch FilterNumber(input) {
        case .integer(let number):
            return number == .min ? .double(-Double(number)) : .integer(Swift.abs(number))
        case .float(let number): return FilterNumber.float(Swift.abs(number)).liquidValue
        case .money(let number): return .decimal(Swift.abs(number))
        case .binary(let number): return .double(Swift.abs(number))
        }
    }

    /// `ceil` and `floor`: Ruby's `to_number(input).ceil.to_i`.
    static func integral(_ input: LiquidValue, mode: NSDecimalNumber.RoundingMode, filter: String) throws
        -> LiquidValue
    {
        switch FilterNumber(input) {
        case .integer(let number): return .integer(number)
        case .float(let number), .money(let number):
            guard let rounded = FilterNumber.rounded(number, scale: 0, mode: mode),
                let integer = Int(rounded.description)
            else { throw outOfRange(filter, input) }
            return .integer(integer)
        case .binary(let number):
            let rounded = mode == .up ? number.rounded(.up) : number.rounded(.down)
            guard let integer = Int(exactly: rounded) else { throw outOfRange(filter, input) }
            return .integer(integer)
        }
    }

    private static func outOfRange(_ filter: String, _ input: LiquidValue) -> LiquidFilterError {
        LiquidFilterError("'\(filter)' cannot make an integer of \(Ruby.describe(input))")
    }

    /// `round`: Ruby rounds half away from zero on the decimal form of the number; with no
    /// digits (or fewer than one) the result is an Integer.
    @Sendable static func round(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("round", max: 1, usage: "number | round: digits")
        var digits = 0
        if let argument = arguments.at(0) {
            switch FilterNumber(argument) {
            case .integer(let number): digits = number
            case .float(let number), .money(let number): digits = FilterNumber.truncatedInteger(number) ?? 0
            case .binary: digits = 0
            }
        }
        digits = Swift.max(-400, Swift.min(400, digits))
        let number = FilterNumber(input)
        if case .integer(let integer) = number {
            if digits >= 0 { return .integer(integer) }
            guard let rounded = FilterNumber.rounded(Decimal(integer), scale: digits, mode: .plain),
                let result = Int(rounded.description)
            else { throw outOfRange("round", input) }
            return .integer(result)
        }
        if case .binary(let value) = number {
            if digits < 1 {
                let rounded = value.rounded(.toNearestOrAwayFromZero)
                guard let integer = Int(exactly: rounded) else { throw outOfRange("round", input) }
                return .integer(integer)
            }
            return .double(value)
        }
        guard let decimal = number.decimalValue,
            let rounded = FilterNumber.rounded(decimal, scale: digits, mode: .plain)
        else { throw outOfRange("round", input) }
        if digits < 1 {
            guard let integer = Int(rounded.description) else { throw outOfRange("round", input) }
            return .integer(integer)
        }
        if case .money = number { return .decimal(rounded) }
        return .double(FilterNumber.double(rounded))
    }

    /// `at_least` / `at_most`: the larger or smaller of input and argument, both coerced.
    static func clamp(_ name: String, _ input: LiquidValue, _ arguments: FilterArguments, keepLarger: Bool) throws
        -> LiquidValue
    {
        try arguments.check(name, min: 1, max: 1, usage: "number | \(name): number")
        let bound = FilterNumber(arguments.positional[0])
        let value = FilterNumber(input)
        guard let order = FilterNumber.compare(bound, value) else { return value.liquidValue }
        return (keepLarger ? order > 0 : order < 0) ? bound.liquidValue : value.liquidValue
    }
}
