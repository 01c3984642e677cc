// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid
import OrderedCollections

extension GoldenFilterCase {
    /// Golden Liquid cases for `join`, `first`, `last`, `size`, `reverse`, `concat` and `map`.
    static let arrayAccess: [GoldenFilterCase] = [
        GoldenFilterCase(
            "concat, left value contains non string",
            input: .array([.string("a"), .string("b"), .integer(5)]),
            steps: [FilterStep("concat", [.array([.string("c"), .string("d")])]), FilterStep("join", [.string("#")])],
            expected: .output("a#b#5#c#d")),
        GoldenFilterCase(
            "concat, left value is not array-like",
            input: .string("ab"),
            steps: [FilterStep("concat", [.array([.string("c"), .string("d")])]), FilterStep("join", [.string("#")])],
            expected: .output("ab#c#d")),
        GoldenFilterCase(
            "concat, missing argument is an error",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("concat", []), FilterStep("join", [.string("#")])],
            expected: .failure),
        GoldenFilterCase(
            "concat, nested left value gets flattened",
            input: .array([.array([.string("a"), .string("x")]), .array([.string("b"), .array([.string("y"), .array([.string("z")])])])]),
            steps: [FilterStep("concat", [.array([.string("c"), .string("d")])]), FilterStep("join", [.string("#")])],
            expected: .output("a#x#b#y#z#c#d")),
        GoldenFilterCase(
            "concat, non array-like argument is an error",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("concat", [.integer(5)]), FilterStep("join", [.string("#")])],
            expected: .failure),
        GoldenFilterCase(
            "concat, range literal concat filter left value",
            input: .range(lower: 1, upper: 3),
            steps: [FilterStep("concat", [.array([.integer(5), .integer(6), .integer(7)])]), FilterStep("join", [.string("#")])],
            expected: .output("1#2#3#5#6#7")),
        GoldenFilterCase(
            "concat, two arrays of strings",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("concat", [.array([.string("c"), .string("d")])]), FilterStep("join", [.string("#")])],
            expected: .output("a#b#c#d")),
        GoldenFilterCase(
            "concat, undefined argument is an error",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("concat", [.nil]), FilterStep("join", [.string("#")])],
            expected: .failure),
        GoldenFilterCase(
            "concat, undefined left value",
            input: .nil,
            steps: [FilterStep("concat", [.array([.string("c"), .string("d")])]), FilterStep("join", [.string("#")])],
            expected: .output("c#d")),
        GoldenFilterCase(
            "first, array of strings",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("first", [])],
            expected: .output("a")),
        GoldenFilterCase(
            "first, array of things",
            input: .array([.string("a"), .string("b"), .integer(1), .array([]), .object([:])]),
            steps: [FilterStep("first", [])],
            expected: .output("a")),
        GoldenFilterCase(
            "first, empty left value",
            input: .array([]),
            steps: [FilterStep("first", [])],
            expected: .output("")),
        GoldenFilterCase(
            "first, first of a string",
            input: .string("hello"),
            steps: [FilterStep("first", [])],
            expected: .oneOf(["", "h"])),
        GoldenFilterCase(
            "first, left value is not an array",
            input: .integer(12),
            steps: [FilterStep("first", [])],
            expected: .output("")),
        GoldenFilterCase(
            "first, left value is undefined",
            input: .nil,
            steps: [FilterStep("first", [])],
            expected: .output("")),
        GoldenFilterCase(
            "first, range literal first filter left value",
            input: .range(lower: 1, upper: 3),
            steps: [FilterStep("first", [])],
            expected: .output("1")),
        GoldenFilterCase(
            "join, argument is not a string",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("join", [.integer(5)])],
            expected: .output("a5b")),
        GoldenFilterCase(
            "join, join an array of integers",
            input: .array([.integer(1), .integer(2)]),
            steps: [FilterStep("join", [.string("#")])],
            expected: .output("1#2")),
        GoldenFilterCase(
            "join, join an array of strings",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("join", [.string("#")])],
            expected: .output("a#b")),
        GoldenFilterCase(
            "join, joining a string is a noop",
            input: .string("a,b"),
            steps: [FilterStep("join", [.string("#")])],
            expected: .output("a,b")),
        GoldenFilterCase(
            "join, joining an int is a noop",
            input: .integer(123),
            steps: [FilterStep("join", [.string("#")])],
            expected: .output("123")),
        GoldenFilterCase(
            "join, left value contains non string",
            input: .array([.string("a"), .string("b"), .integer(1)]),
            steps: [FilterStep("join", [.string("#")])],
            expected: .output("a#b#1")),
        GoldenFilterCase(
            "join, missing argument defaults to a space",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("join", [])],
            expected: .output("a b")),
        GoldenFilterCase(
            "join, range literal join filter left value",
            input: .range(lower: 1, upper: 3),
            steps: [FilterStep("join", [.string("#")])],
            expected: .output("1#2#3")),
        GoldenFilterCase(
            "join, too many arguments",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("join", [.string("#"), .integer(42)])],
            expected: .failure),
        GoldenFilterCase(
            "join, undefined argument",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("join", [.nil])],
            expected: .output("ab")),
        GoldenFilterCase(
            "join, undefined left value",
            input: .nil,
            steps: [FilterStep("join", [.string("#")])],
            expected: .output("")),
        GoldenFilterCase(
            "last, array of strings",
            input: .array([.string("a"), .string("b")]),
            steps: [FilterStep("last", [])],
            expected: .output("b")),
        GoldenFilterCase(
            "last, array of things",
            input: .array([.string("a"), .string("b"), .integer(1), .array([]), .object([:])]),
            steps: [FilterStep("last", [])],
            expected: .output("{}")),
        GoldenFilterCase(
            "last, empty array",
            input: .array([]),
            steps: [FilterStep("last", [])],
            expected: .output("")),
        GoldenFilterCase(
            "last, last of a hash",
            input: .object(["b": .integer(1), "c": .integer(2)]),
            steps: [FilterStep("last", [])],
            expected: .output("")),
        GoldenFilterCase(
            "last, last of a string",
            input: .string("hello"),
            steps: [FilterStep("last", [])],
            expected: .oneOf(["", "o"])),
        GoldenFilterCase(
            "last, left value is undefined",
            input: .nil,
            steps: [FilterStep("last", [])],
            expected: .output("")),
        GoldenFilterCase(
            "last, left value not an array",
            input: .integer(12),
            steps: [FilterStep("last", [])],
            expected: .output("")),
        GoldenFilterCase(
            "last, range literal last filter left value",
            input: .range(lower: 1, upper: 3),
            steps: [FilterStep("last", [])],
            expected: .output("3")),
        GoldenFilterCase(
            "map, array containing a non object",
            input: .array([.object(["title": .string("foo")]), .object(["title": .string("bar")]), .integer(5), .array([])]),
            steps: [FilterStep("map", [.string("title")]), FilterStep("join", [.string("#")])],
            expected: .failure),
        GoldenFilterCase(
            "map, array of objects",
            input: .array([.object(["title": .string("foo")]), .object(["title": .string("bar")]), .object(["title": .string("baz")])]),
            steps: [FilterStep("map", [.string("title")]), FilterStep("join", [.string("#")])],
            expected: .output("foo#bar#baz")),
        GoldenFilterCase(
            "map, input is a hash",
            input: .object(["title": .string("foo"), "some": .string("thing")]),
            steps: [FilterStep("map", [.string("title")]), FilterStep("join", [.string("#")])],
            expected: .output("foo")),
        GoldenFilterCase(
            "map, left value not an array",
            input: .integer(123),
            steps: [FilterStep("map", [.string("title")]), FilterStep("join", [.string("#")])],
            expected: .failure),
        GoldenFilterCase(
            "map, missing property",
            input: .array([.object(["title": .string("foo")]), .object(["title": .string("bar")]), .object(["heading": .string("baz")])]),
            steps: [FilterStep("map", [.string("title")]), FilterStep("join", [.string("#")])],
            expected: .output("foo#bar#")),
        GoldenFilterCase(
            "map, nested arrays get flattened",
            input: .array([.object(["title": .string("foo")]), .array([.object(["title": .string("bar")]), .object(["title": .string("baz")])])]),
            steps: [FilterStep("map", [.string("title")]), FilterStep("join", [.string("#")])],
            expected: .output("foo#bar#baz")),
        GoldenFilterCase(
            "reverse, array of strings",
            input: .array([.string("b"), .string("a"), .string("B"), .string("A")]),
            steps: [FilterStep("reverse", []), FilterStep("join", [.string("#")])],
            expected: .output("A#B#a#b")),
        GoldenFilterCase(
            "reverse, array of things",
            input: .array([.string("a"), .string("b"), .integer(1), .array([]), .object([:])]),
            steps: [FilterStep("reverse", []), FilterStep("join", [.string("#")])],
            expected: .output("{}#1#b#a")),
        GoldenFilterCase(
            "reverse, empty array",
            input: .array([]),
            steps: [FilterStep("reverse", []), FilterStep("join", [.string("#")])],
            expected: .output("")),
        GoldenFilterCase(
            "reverse, left value is undefined",
            input: .nil,
            steps: [FilterStep("reverse", []), FilterStep("join", [.string("#")])],
            expected: .output("")),
        GoldenFilterCase(
            "reverse, left value not an array",
            input: .integer(123),
            steps: [FilterStep("reverse", []), FilterStep("join", [.string("#")])],
            expected: .output("123")),
        GoldenFilterCase(
            "reverse, unexpected argument",
            input: .array([]),
            steps: [FilterStep("reverse", [.integer(0)]), FilterStep("join", [.string("#")])],
            expected: .failure),
        GoldenFilterCase(
            "size, size of a hash",
            input: .object(["a": .integer(1), "b": .integer(2)]),
            steps: [FilterStep("size", [])],
            expected: .output("2")),
        GoldenFilterCase(
            "size, size of a string",
            input: .string("abc"),
            steps: [FilterStep("size", [])],
            expected: .output("3")),
        GoldenFilterCase(
            "size, size of an array",
            input: .array([.string("a"), .string("b"), .string("c")]),
            steps: [FilterStep("size", [])],
            expected: .output("3")),
        GoldenFilterCase(
            "size, size of an empty array",
            input: .array([]),
            steps: [FilterStep("size", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "size, undefined left value",
            input: .nil,
            steps: [FilterStep("size", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "size, unexpected argument",
            input: .array([.integer(1), .integer(2), .integer(3)]),
            steps: [FilterStep("size", [.string("foo")])],
            expected: .failure),
    ]
}
