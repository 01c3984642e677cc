// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid
import OrderedCollections

extension GoldenFilterCase {
    /// Golden Liquid cases for `default` and `date`.
    static let defaultAndDate: [GoldenFilterCase] = [
        GoldenFilterCase(
            "date, literal percent",
            input: .string("March 14, 2016"),
            steps: [FilterStep("date", [.string("%%%b %d, %y")])],
            expected: .output("%Mar 14, 16")),
        GoldenFilterCase(
            "date, missing argument",
            input: .string("March 14, 2016"),
            steps: [FilterStep("date", [])],
            expected: .failure),
        GoldenFilterCase(
            "date, negative timestamp string",
            input: .string("-1152098955"),
            steps: [FilterStep("date", [.string("%m/%d/%Y")])],
            expected: .output("-1152098955")),
        GoldenFilterCase(
            "date, seconds since epoch format directive",
            input: .string("March 14, 2016"),
            steps: [FilterStep("date", [.string("%s")])],
            expected: .output("1457913600")),
        GoldenFilterCase(
            "date, timestamp integer",
            input: .integer(1152098955),
            steps: [FilterStep("date", [.string("%m/%d/%Y")])],
            expected: .output("07/05/2006")),
        GoldenFilterCase(
            "date, timestamp string",
            input: .string("1152098955"),
            steps: [FilterStep("date", [.string("%m/%d/%Y")])],
            expected: .output("07/05/2006")),
        GoldenFilterCase(
            "date, too many arguments",
            input: .string("March 14, 2016"),
            steps: [FilterStep("date", [.string("%b %d, %y"), .string("foo")])],
            expected: .failure),
        GoldenFilterCase(
            "date, undefined argument",
            input: .string("March 14, 2016"),
            steps: [FilterStep("date", [.nil])],
            expected: .output("March 14, 2016")),
        GoldenFilterCase(
            "date, undefined left value",
            input: .nil,
            steps: [FilterStep("date", [.string("%b %d, %y")])],
            expected: .output("")),
        GoldenFilterCase(
            "date, well formed string",
            input: .string("March 14, 2016"),
            steps: [FilterStep("date", [.string("%b %d, %y")])],
            expected: .output("Mar 14, 16")),
        GoldenFilterCase(
            "default, 0.0 is not falsy",
            input: .double(0.0),
            steps: [FilterStep("default", [.string("bar")])],
            expected: .output("0.0")),
        GoldenFilterCase(
            "default, allow false",
            input: .bool(false),
            steps: [FilterStep("default", [.string("bar")], keywords: [("allow_false", .bool(true))])],
            expected: .output("false")),
        GoldenFilterCase(
            "default, allow false from context",
            input: .bool(false),
            steps: [FilterStep("default", [.string("bar")], keywords: [("allow_false", .bool(true))])],
            expected: .output("false")),
        GoldenFilterCase(
            "default, empty array",
            input: .array([]),
            steps: [FilterStep("default", [.string("foo")])],
            expected: .output("foo")),
        GoldenFilterCase(
            "default, empty object",
            input: .object([:]),
            steps: [FilterStep("default", [.string("foo")])],
            expected: .output("foo")),
        GoldenFilterCase(
            "default, empty string",
            input: .string(""),
            steps: [FilterStep("default", [.string("foo")])],
            expected: .output("foo")),
        GoldenFilterCase(
            "default, false",
            input: .nil,
            steps: [FilterStep("default", [.string("foo")])],
            expected: .output("foo")),
        GoldenFilterCase(
            "default, false keyword argument before positional",
            input: .bool(false),
            steps: [FilterStep("default", [.string("bar")], keywords: [("allow_false", .bool(false))])],
            expected: .output("bar")),
        GoldenFilterCase(
            "default, missing argument",
            input: .bool(false),
            steps: [FilterStep("default", [])],
            expected: .output("")),
        GoldenFilterCase(
            "default, nil",
            input: .nil,
            steps: [FilterStep("default", [.string("foo")])],
            expected: .output("foo")),
        GoldenFilterCase(
            "default, not empty list",
            input: .array([.string("hello"), .string("world")]),
            steps: [FilterStep("default", [.string("foo")]), FilterStep("join", [.string("#")])],
            expected: .output("hello#world")),
        GoldenFilterCase(
            "default, not empty string",
            input: .string("hello"),
            steps: [FilterStep("default", [.string("foo")])],
            expected: .output("hello")),
        GoldenFilterCase(
            "default, too many arguments",
            input: .nil,
            steps: [FilterStep("default", [.string("foo"), .string("bar"), .string("baz")])],
            expected: .failure),
        GoldenFilterCase(
            "default, true keyword argument before positional",
            input: .bool(false),
            steps: [FilterStep("default", [.string("bar")], keywords: [("allow_false", .bool(true))])],
            expected: .output("false")),
        GoldenFilterCase(
            "default, undefined left value",
            input: .nil,
            steps: [FilterStep("default", [.string("bar")])],
            expected: .output("bar")),
        GoldenFilterCase(
            "default, zero is not falsy",
            input: .integer(0),
            steps: [FilterStep("default", [.string("bar")])],
            expected: .output("0")),
        GoldenFilterCase(
            "default, zero is not falsy with allow_false",
            input: .integer(0),
            steps: [FilterStep("default", [.string("bar")], keywords: [("allow_false", .bool(true))])],
            expected: .output("0")),
    ]
}
