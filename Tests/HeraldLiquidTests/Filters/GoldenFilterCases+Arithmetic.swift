// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid
import OrderedCollections

extension GoldenFilterCase {
    /// Golden Liquid cases for `plus`, `minus`, `times`, `divided_by` and `modulo`.
    static let arithmetic: [GoldenFilterCase] = [
        GoldenFilterCase(
            "divided by, arg string not a number",
            input: .string("10"),
            steps: [FilterStep("divided_by", [.string("foo")])],
            expected: .failure),
        GoldenFilterCase(
            "divided by, divied by zero",
            input: .integer(10),
            steps: [FilterStep("divided_by", [.integer(0)])],
            expected: .failure),
        GoldenFilterCase(
            "divided by, float division",
            input: .integer(20),
            steps: [FilterStep("divided_by", [.double(7.0)])],
            expected: .output("2.857142857142857")),
        GoldenFilterCase(
            "divided by, float value and integer arg",
            input: .double(9.0),
            steps: [FilterStep("divided_by", [.integer(2)])],
            expected: .output("4.5")),
        GoldenFilterCase(
            "divided by, integer division",
            input: .integer(9),
            steps: [FilterStep("divided_by", [.integer(2)])],
            expected: .output("4")),
        GoldenFilterCase(
            "divided by, integer value and float arg",
            input: .integer(10),
            steps: [FilterStep("divided_by", [.double(2.0)])],
            expected: .output("5.0")),
        GoldenFilterCase(
            "divided by, integer value and integer arg",
            input: .integer(10),
            steps: [FilterStep("divided_by", [.integer(2)])],
            expected: .output("5")),
        GoldenFilterCase(
            "divided by, issue",
            input: .integer(5),
            steps: [FilterStep("divided_by", [.integer(3)])],
            expected: .output("1")),
        GoldenFilterCase(
            "divided by, left value is an empty string",
            input: .string(""),
            steps: [FilterStep("divided_by", [.integer(2)])],
            expected: .output("0")),
        GoldenFilterCase(
            "divided by, not a string, int or float",
            input: .object([:]),
            steps: [FilterStep("divided_by", [.integer(1)])],
            expected: .output("0")),
        GoldenFilterCase(
            "divided by, string not a number",
            input: .string("foo"),
            steps: [FilterStep("divided_by", [.string("2")])],
            expected: .output("0")),
        GoldenFilterCase(
            "divided by, string value and argument",
            input: .string("10"),
            steps: [FilterStep("divided_by", [.string("2")])],
            expected: .output("5")),
        GoldenFilterCase(
            "divided by, too many args",
            input: .integer(5),
            steps: [FilterStep("divided_by", [.integer(1), .string("5")])],
            expected: .failure),
        GoldenFilterCase(
            "divided by, undefined argument",
            input: .integer(10),
            steps: [FilterStep("divided_by", [.nil])],
            expected: .failure),
        GoldenFilterCase(
            "divided by, undefined left value",
            input: .nil,
            steps: [FilterStep("divided_by", [.integer(2)])],
            expected: .output("0")),
        GoldenFilterCase(
            "divided by, zero divided by float",
            input: .integer(0),
            steps: [FilterStep("divided_by", [.double(1.1)])],
            expected: .output("0.0")),
        GoldenFilterCase(
            "divided by, zero divided by integer",
            input: .integer(0),
            steps: [FilterStep("divided_by", [.integer(1)])],
            expected: .output("0")),
        GoldenFilterCase(
            "minus, arg string not a number",
            input: .string("10"),
            steps: [FilterStep("minus", [.string("foo")])],
            expected: .output("10")),
        GoldenFilterCase(
            "minus, float value and float arg",
            input: .double(10.1),
            steps: [FilterStep("minus", [.double(2.2)])],
            expected: .output("7.9")),
        GoldenFilterCase(
            "minus, integer value and float arg",
            input: .integer(10),
            steps: [FilterStep("minus", [.double(2.0)])],
            expected: .output("8.0")),
        GoldenFilterCase(
            "minus, integer value and integer arg",
            input: .integer(10),
            steps: [FilterStep("minus", [.integer(2)])],
            expected: .output("8")),
        GoldenFilterCase(
            "minus, not a string, int or float",
            input: .object([:]),
            steps: [FilterStep("minus", [.integer(1)])],
            expected: .output("-1")),
        GoldenFilterCase(
            "minus, string not a number",
            input: .string("foo"),
            steps: [FilterStep("minus", [.string("2.0")])],
            expected: .output("-2.0")),
        GoldenFilterCase(
            "minus, string value and string arg",
            input: .string("10.1"),
            steps: [FilterStep("minus", [.string("2.2")])],
            expected: .output("7.9")),
        GoldenFilterCase(
            "minus, too many args",
            input: .integer(5),
            steps: [FilterStep("minus", [.integer(1), .string("5")])],
            expected: .failure),
        GoldenFilterCase(
            "minus, undefined argument",
            input: .integer(10),
            steps: [FilterStep("minus", [.nil])],
            expected: .output("10")),
        GoldenFilterCase(
            "minus, undefined left value",
            input: .nil,
            steps: [FilterStep("minus", [.integer(2)])],
            expected: .output("-2")),
        GoldenFilterCase(
            "modulo, arg string not a number",
            input: .string("10"),
            steps: [FilterStep("modulo", [.string("foo")])],
            expected: .failure),
        GoldenFilterCase(
            "modulo, float value and float arg",
            input: .double(10.1),
            steps: [FilterStep("modulo", [.double(7.0)])],
            expected: .output("3.1")),
        GoldenFilterCase(
            "modulo, integer value and float arg",
            input: .integer(10),
            steps: [FilterStep("modulo", [.double(2.0)])],
            expected: .output("0.0")),
        GoldenFilterCase(
            "modulo, integer value and integer arg",
            input: .integer(10),
            steps: [FilterStep("modulo", [.integer(2)])],
            expected: .output("0")),
        GoldenFilterCase(
            "modulo, not a string, int or float",
            input: .object([:]),
            steps: [FilterStep("modulo", [.integer(1)])],
            expected: .output("0")),
        GoldenFilterCase(
            "modulo, string not a number",
            input: .string("foo"),
            steps: [FilterStep("modulo", [.string("2.0")])],
            expected: .output("0.0")),
        GoldenFilterCase(
            "modulo, string value and argument",
            input: .string("10"),
            steps: [FilterStep("modulo", [.string("2.0")])],
            expected: .output("0.0")),
        GoldenFilterCase(
            "modulo, too many args",
            input: .integer(5),
            steps: [FilterStep("modulo", [.integer(1), .string("5")])],
            expected: .failure),
        GoldenFilterCase(
            "modulo, undefined argument",
            input: .integer(5),
            steps: [FilterStep("modulo", [.nil])],
            expected: .failure),
        GoldenFilterCase(
            "modulo, undefined left value",
            input: .nil,
            steps: [FilterStep("modulo", [.integer(2)])],
            expected: .output("0")),
        GoldenFilterCase(
            "plus, arg string not a number",
            input: .string("10"),
            steps: [FilterStep("plus", [.string("foo")])],
            expected: .output("10")),
        GoldenFilterCase(
            "plus, float value and float arg",
            input: .double(10.1),
            steps: [FilterStep("plus", [.double(2.2)])],
            expected: .output("12.3")),
        GoldenFilterCase(
            "plus, integer value and float arg",
            input: .integer(10),
            steps: [FilterStep("plus", [.double(2.0)])],
            expected: .output("12.0")),
        GoldenFilterCase(
            "plus, integer value and integer arg",
            input: .integer(10),
            steps: [FilterStep("plus", [.integer(2)])],
            expected: .output("12")),
        GoldenFilterCase(
            "plus, integer value and negative integer arg",
            input: .integer(10),
            steps: [FilterStep("plus", [.integer(-2)])],
            expected: .output("8")),
        GoldenFilterCase(
            "plus, not a string, int or float",
            input: .object([:]),
            steps: [FilterStep("plus", [.integer(1)])],
            expected: .output("1")),
        GoldenFilterCase(
            "plus, string not a number",
            input: .string("foo"),
            steps: [FilterStep("plus", [.string("2.0")])],
            expected: .output("2.0")),
        GoldenFilterCase(
            "plus, string value and string arg",
            input: .string("10.1"),
            steps: [FilterStep("plus", [.string("2.2")])],
            expected: .output("12.3")),
        GoldenFilterCase(
            "plus, too many args",
            input: .integer(5),
            steps: [FilterStep("plus", [.integer(1), .string("5")])],
            expected: .failure),
        GoldenFilterCase(
            "plus, undefined argument",
            input: .integer(10),
            steps: [FilterStep("plus", [.nil])],
            expected: .output("10")),
        GoldenFilterCase(
            "plus, undefined left value",
            input: .nil,
            steps: [FilterStep("plus", [.integer(2)])],
            expected: .output("2")),
        GoldenFilterCase(
            "times, float times float",
            input: .double(5.0),
            steps: [FilterStep("times", [.double(2.1)])],
            expected: .output("10.5")),
        GoldenFilterCase(
            "times, int times float",
            input: .integer(5),
            steps: [FilterStep("times", [.double(2.1)])],
            expected: .output("10.5")),
        GoldenFilterCase(
            "times, int times int",
            input: .integer(5),
            steps: [FilterStep("times", [.integer(2)])],
            expected: .output("10")),
        GoldenFilterCase(
            "times, missing arg",
            input: .integer(5),
            steps: [FilterStep("times", [])],
            expected: .failure),
        GoldenFilterCase(
            "times, negative multiplication",
            input: .integer(-5),
            steps: [FilterStep("times", [.integer(2)])],
            expected: .output("-10")),
        GoldenFilterCase(
            "times, string times string",
            input: .string("5.0"),
            steps: [FilterStep("times", [.string("2.1")])],
            expected: .output("10.5")),
        GoldenFilterCase(
            "times, too many args",
            input: .integer(5),
            steps: [FilterStep("times", [.integer(1), .integer(2)])],
            expected: .failure),
        GoldenFilterCase(
            "times, undefined argument",
            input: .integer(5),
            steps: [FilterStep("times", [.nil])],
            expected: .output("0")),
        GoldenFilterCase(
            "times, undefined left value",
            input: .nil,
            steps: [FilterStep("times", [.integer(2)])],
            expected: .output("0")),
    ]
}
