// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid
import OrderedCollections

extension GoldenFilterCase {
    /// Golden Liquid cases for `abs`, `ceil`, `floor`, `round`, `at_least` and `at_most`.
    static let rounding: [GoldenFilterCase] = [
        GoldenFilterCase(
            "abs, negative float",
            input: .double(-5.4),
            steps: [FilterStep("abs", [])],
            expected: .output("5.4")),
        GoldenFilterCase(
            "abs, negative integer",
            input: .integer(-5),
            steps: [FilterStep("abs", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "abs, negative string float",
            input: .string("-5.1"),
            steps: [FilterStep("abs", [])],
            expected: .output("5.1")),
        GoldenFilterCase(
            "abs, negative string integer",
            input: .string("-5"),
            steps: [FilterStep("abs", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "abs, not a string, int or float",
            input: .object([:]),
            steps: [FilterStep("abs", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "abs, positive float",
            input: .double(5.4),
            steps: [FilterStep("abs", [])],
            expected: .output("5.4")),
        GoldenFilterCase(
            "abs, positive integer",
            input: .integer(5),
            steps: [FilterStep("abs", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "abs, positive string float",
            input: .string("5.1"),
            steps: [FilterStep("abs", [])],
            expected: .output("5.1")),
        GoldenFilterCase(
            "abs, positive string integer",
            input: .string("5"),
            steps: [FilterStep("abs", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "abs, string not a number",
            input: .string("hello"),
            steps: [FilterStep("abs", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "abs, undefined left value",
            input: .nil,
            steps: [FilterStep("abs", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "abs, unexpected argument",
            input: .integer(-3),
            steps: [FilterStep("abs", [.integer(1)])],
            expected: .failure),
        GoldenFilterCase(
            "abs, zero",
            input: .integer(0),
            steps: [FilterStep("abs", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "at least, argument string not a number",
            input: .integer(-1),
            steps: [FilterStep("at_least", [.string("abc")])],
            expected: .output("0")),
        GoldenFilterCase(
            "at least, left value not a number",
            input: .string("abc"),
            steps: [FilterStep("at_least", [.integer(2)])],
            expected: .output("2")),
        GoldenFilterCase(
            "at least, left value not a number negative argument",
            input: .string("abc"),
            steps: [FilterStep("at_least", [.integer(-2)])],
            expected: .output("0")),
        GoldenFilterCase(
            "at least, missing arg",
            input: .integer(5),
            steps: [FilterStep("at_least", [])],
            expected: .failure),
        GoldenFilterCase(
            "at least, negative integer < arg",
            input: .integer(-8),
            steps: [FilterStep("at_least", [.integer(5)])],
            expected: .output("5")),
        GoldenFilterCase(
            "at least, positive float < arg",
            input: .double(5.4),
            steps: [FilterStep("at_least", [.double(8.9)])],
            expected: .output("8.9")),
        GoldenFilterCase(
            "at least, positive float > arg",
            input: .double(8.4),
            steps: [FilterStep("at_least", [.double(5.9)])],
            expected: .output("8.4")),
        GoldenFilterCase(
            "at least, positive integer < arg",
            input: .integer(5),
            steps: [FilterStep("at_least", [.integer(8)])],
            expected: .output("8")),
        GoldenFilterCase(
            "at least, positive integer == arg",
            input: .integer(5),
            steps: [FilterStep("at_least", [.integer(5)])],
            expected: .output("5")),
        GoldenFilterCase(
            "at least, positive integer > arg",
            input: .integer(8),
            steps: [FilterStep("at_least", [.integer(5)])],
            expected: .output("8")),
        GoldenFilterCase(
            "at least, positive string > arg",
            input: .string("9"),
            steps: [FilterStep("at_least", [.integer(8)])],
            expected: .output("9")),
        GoldenFilterCase(
            "at least, too many args",
            input: .integer(5),
            steps: [FilterStep("at_least", [.integer(1), .integer(2)])],
            expected: .failure),
        GoldenFilterCase(
            "at least, undefined argument",
            input: .integer(5),
            steps: [FilterStep("at_least", [.nil])],
            expected: .output("5")),
        GoldenFilterCase(
            "at least, undefined left value",
            input: .nil,
            steps: [FilterStep("at_least", [.integer(5)])],
            expected: .output("5")),
        GoldenFilterCase(
            "at most, left value not a number",
            input: .string("abc"),
            steps: [FilterStep("at_most", [.integer(-2)])],
            expected: .output("-2")),
        GoldenFilterCase(
            "at most, missing arg",
            input: .integer(5),
            steps: [FilterStep("at_most", [])],
            expected: .failure),
        GoldenFilterCase(
            "at most, negative integer < arg",
            input: .integer(-8),
            steps: [FilterStep("at_most", [.integer(5)])],
            expected: .output("-8")),
        GoldenFilterCase(
            "at most, positive float < arg",
            input: .double(5.4),
            steps: [FilterStep("at_most", [.double(8.9)])],
            expected: .output("5.4")),
        GoldenFilterCase(
            "at most, positive float > arg",
            input: .double(8.4),
            steps: [FilterStep("at_most", [.double(5.9)])],
            expected: .output("5.9")),
        GoldenFilterCase(
            "at most, positive integer < arg",
            input: .integer(5),
            steps: [FilterStep("at_most", [.integer(8)])],
            expected: .output("5")),
        GoldenFilterCase(
            "at most, positive integer == arg",
            input: .integer(5),
            steps: [FilterStep("at_most", [.integer(5)])],
            expected: .output("5")),
        GoldenFilterCase(
            "at most, positive integer > arg",
            input: .integer(8),
            steps: [FilterStep("at_most", [.integer(5)])],
            expected: .output("5")),
        GoldenFilterCase(
            "at most, positive string > arg",
            input: .string("9"),
            steps: [FilterStep("at_most", [.integer(8)])],
            expected: .output("8")),
        GoldenFilterCase(
            "at most, too many args",
            input: .integer(5),
            steps: [FilterStep("at_most", [.integer(1), .integer(2)])],
            expected: .failure),
        GoldenFilterCase(
            "at most, undefined argument",
            input: .integer(5),
            steps: [FilterStep("at_most", [.nil])],
            expected: .output("0")),
        GoldenFilterCase(
            "at most, undefined left value",
            input: .nil,
            steps: [FilterStep("at_most", [.integer(5)])],
            expected: .output("0")),
        GoldenFilterCase(
            "ceil, negative float",
            input: .double(-5.4),
            steps: [FilterStep("ceil", [])],
            expected: .output("-5")),
        GoldenFilterCase(
            "ceil, negative integer",
            input: .integer(-5),
            steps: [FilterStep("ceil", [])],
            expected: .output("-5")),
        GoldenFilterCase(
            "ceil, negative string float",
            input: .string("-5.1"),
            steps: [FilterStep("ceil", [])],
            expected: .output("-5")),
        GoldenFilterCase(
            "ceil, not a string, int or float",
            input: .object([:]),
            steps: [FilterStep("ceil", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "ceil, positive float",
            input: .double(5.4),
            steps: [FilterStep("ceil", [])],
            expected: .output("6")),
        GoldenFilterCase(
            "ceil, positive integer",
            input: .integer(5),
            steps: [FilterStep("ceil", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "ceil, positive string float",
            input: .string("5.1"),
            steps: [FilterStep("ceil", [])],
            expected: .output("6")),
        GoldenFilterCase(
            "ceil, string not a number",
            input: .string("hello"),
            steps: [FilterStep("ceil", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "ceil, undefined left value",
            input: .nil,
            steps: [FilterStep("ceil", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "ceil, unexpected argument",
            input: .double(-3.1),
            steps: [FilterStep("ceil", [.integer(1)])],
            expected: .failure),
        GoldenFilterCase(
            "ceil, zero",
            input: .integer(0),
            steps: [FilterStep("ceil", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "floor, negative float",
            input: .double(-5.4),
            steps: [FilterStep("floor", [])],
            expected: .output("-6")),
        GoldenFilterCase(
            "floor, negative integer",
            input: .integer(-5),
            steps: [FilterStep("floor", [])],
            expected: .output("-5")),
        GoldenFilterCase(
            "floor, negative string float",
            input: .string("-5.1"),
            steps: [FilterStep("floor", [])],
            expected: .output("-6")),
        GoldenFilterCase(
            "floor, not a string, int or float",
            input: .object([:]),
            steps: [FilterStep("floor", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "floor, positive float",
            input: .double(5.4),
            steps: [FilterStep("floor", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "floor, positive integer",
            input: .integer(5),
            steps: [FilterStep("floor", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "floor, positive string float",
            input: .string("5.1"),
            steps: [FilterStep("floor", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "floor, string not a number",
            input: .string("hello"),
            steps: [FilterStep("floor", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "floor, undefined left value",
            input: .nil,
            steps: [FilterStep("floor", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "floor, unexpected argument",
            input: .double(-3.1),
            steps: [FilterStep("floor", [.integer(1)])],
            expected: .failure),
        GoldenFilterCase(
            "floor, zero",
            input: .integer(0),
            steps: [FilterStep("floor", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "round, argument is a float",
            input: .double(5.666),
            steps: [FilterStep("round", [.double(1.2)])],
            expected: .output("5.7")),
        GoldenFilterCase(
            "round, argument is a negative",
            input: .double(5.666),
            steps: [FilterStep("round", [.integer(-2)])],
            expected: .output("0")),
        GoldenFilterCase(
            "round, argument is a string",
            input: .double(5.666),
            steps: [FilterStep("round", [.string("foo")])],
            expected: .output("6")),
        GoldenFilterCase(
            "round, argument is a string representation of an integer",
            input: .double(5.666),
            steps: [FilterStep("round", [.string("1")])],
            expected: .output("5.7")),
        GoldenFilterCase(
            "round, argument is a string representation of zero",
            input: .double(5.666),
            steps: [FilterStep("round", [.string("1")])],
            expected: .output("5.7")),
        GoldenFilterCase(
            "round, argument is a zero",
            input: .double(5.666),
            steps: [FilterStep("round", [.integer(0)])],
            expected: .output("6")),
        GoldenFilterCase(
            "round, decimal places",
            input: .string("5.666666"),
            steps: [FilterStep("round", [.integer(2)])],
            expected: .output("5.67")),
        GoldenFilterCase(
            "round, float as a string",
            input: .string("5.6"),
            steps: [FilterStep("round", [])],
            expected: .output("6")),
        GoldenFilterCase(
            "round, float round down",
            input: .double(5.1),
            steps: [FilterStep("round", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "round, float round up",
            input: .double(5.6),
            steps: [FilterStep("round", [])],
            expected: .output("6")),
        GoldenFilterCase(
            "round, integer",
            input: .integer(5),
            steps: [FilterStep("round", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "round, string argument",
            input: .double(5.666),
            steps: [FilterStep("round", [.string("1")])],
            expected: .output("5.7")),
        GoldenFilterCase(
            "round, too many args",
            input: .integer(5),
            steps: [FilterStep("round", [.integer(1), .integer(2)])],
            expected: .failure),
        GoldenFilterCase(
            "round, undefined argument",
            input: .double(5.666),
            steps: [FilterStep("round", [.nil])],
            expected: .output("6")),
        GoldenFilterCase(
            "round, undefined left value",
            input: .nil,
            steps: [FilterStep("round", [.integer(2)])],
            expected: .output("0")),
    ]
}
