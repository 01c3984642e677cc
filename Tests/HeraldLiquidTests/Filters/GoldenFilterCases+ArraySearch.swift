// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid
import OrderedCollections

extension GoldenFilterCase {
    /// Golden Liquid cases for `where`, `reject`, `has`, `find`, `sort`, `uniq`, `compact` and `sum`.
    static let arraySearch: [GoldenFilterCase] = [
        GoldenFilterCase(
            "compact, array with a nil",
            input: .array([.string("b"), .string("a"), .nil, .string("A")]),
            steps: [FilterStep("compact", []), FilterStep("join", [.string("#")])],
            expected: .output("b#a#A")),
        GoldenFilterCase(
            "compact, empty array",
            input: .array([]),
            steps: [FilterStep("compact", []), FilterStep("join", [.string("#")])],
            expected: .output("")),
        GoldenFilterCase(
            "compact, left value is not an array",
            input: .integer(123),
            steps: [FilterStep("compact", []), FilterStep("first", [])],
            expected: .output("123")),
        GoldenFilterCase(
            "compact, left value is undefined",
            input: .nil,
            steps: [FilterStep("compact", [])],
            expected: .output("")),
        GoldenFilterCase(
            "compact, too many arguments",
            input: .nil,
            steps: [FilterStep("compact", [.string("foo"), .string("bar")])],
            expected: .failure),
        GoldenFilterCase(
            "find, array of strings, default value",
            input: .array([.string("x"), .string("y"), .string("z")]),
            steps: [FilterStep("find", [.string("z")])],
            expected: .output("z")),
        GoldenFilterCase(
            "find, array of strings, default value, no match",
            input: .array([.string("x"), .string("y"), .string("zoo")]),
            steps: [FilterStep("find", [.string("foo")])],
            expected: .output("")),
        GoldenFilterCase(
            "find, array of strings, substring match, default value",
            input: .array([.string("x"), .string("y"), .string("zoo")]),
            steps: [FilterStep("find", [.string("oo")])],
            expected: .output("zoo")),
        GoldenFilterCase(
            "find, mixed array, default value",
            input: .array([.string("x"), .nil, .string("z"), .bool(false), .bool(true)]),
            steps: [FilterStep("find", [.string("z")])],
            expected: .output("")),
        GoldenFilterCase(
            "find, string input, default value, match",
            input: .string("zoo"),
            steps: [FilterStep("find", [.string("z")])],
            expected: .output("zoo")),
        GoldenFilterCase(
            "find, string input, string value, match",
            input: .string("zoo"),
            steps: [FilterStep("find", [.string("z"), .string("z")])],
            expected: .output("zoo")),
        GoldenFilterCase(
            "find, string input, string value, no match",
            input: .string("zoo"),
            steps: [FilterStep("find", [.string("z"), .string("y")])],
            expected: .output("")),
        GoldenFilterCase(
            "find index, array of hashes, explicit nil, match",
            input: .array([.string("foo"), .string("bar"), .object(["z": .nil])]),
            steps: [FilterStep("find_index", [.string("z"), .nil])],
            expected: .output("")),
        GoldenFilterCase(
            "find index, array of hashes, int value, match",
            input: .array([.object(["x": .integer(99)]), .object(["z": .integer(42), "foo": .string("bar")])]),
            steps: [FilterStep("find_index", [.string("z"), .integer(42)])],
            expected: .output("1")),
        GoldenFilterCase(
            "find index, array of strings, default value",
            input: .array([.string("x"), .string("y"), .string("z")]),
            steps: [FilterStep("find_index", [.string("z")])],
            expected: .output("2")),
        GoldenFilterCase(
            "find index, array of strings, default value, no match",
            input: .array([.string("x"), .string("y"), .string("zoo")]),
            steps: [FilterStep("find_index", [.string("foo")])],
            expected: .output("")),
        GoldenFilterCase(
            "find index, array of strings, substring match, default value",
            input: .array([.string("x"), .string("y"), .string("zoo")]),
            steps: [FilterStep("find_index", [.string("oo")])],
            expected: .output("2")),
        GoldenFilterCase(
            "find index, hash input, default value, match",
            input: .object(["z": .integer(42)]),
            steps: [FilterStep("find_index", [.string("z")])],
            expected: .output("0")),
        GoldenFilterCase(
            "find index, hash input, default value, no match",
            input: .object(["z": .integer(42)]),
            steps: [FilterStep("find_index", [.string("foo")])],
            expected: .output("")),
        GoldenFilterCase(
            "find index, hash input, explicit nil, match",
            input: .object(["z": .nil]),
            steps: [FilterStep("find_index", [.string("z"), .nil])],
            expected: .output("")),
        GoldenFilterCase(
            "find index, hash input, int value, match",
            input: .object(["z": .integer(42)]),
            steps: [FilterStep("find_index", [.string("z"), .integer(42)])],
            expected: .output("0")),
        GoldenFilterCase(
            "find index, mixed array, default value",
            input: .array([.string("x"), .nil, .string("z"), .bool(false), .bool(true)]),
            steps: [FilterStep("find_index", [.string("z")])],
            expected: .output("")),
        GoldenFilterCase(
            "find index, string input, default value, match",
            input: .string("zoo"),
            steps: [FilterStep("find_index", [.string("z")])],
            expected: .output("0")),
        GoldenFilterCase(
            "find index, string input, string value, match",
            input: .string("zoo"),
            steps: [FilterStep("find_index", [.string("z"), .string("z")])],
            expected: .output("0")),
        GoldenFilterCase(
            "find index, string input, string value, no match",
            input: .string("zoo"),
            steps: [FilterStep("find_index", [.string("z"), .string("y")])],
            expected: .output("")),
        GoldenFilterCase(
            "has, array of hashes, false property",
            input: .array([.object(["x": .integer(99)]), .object(["z": .integer(42)])]),
            steps: [FilterStep("has", [.bool(false)])],
            expected: .output("false")),
        GoldenFilterCase(
            "has, array of hashes, int property",
            input: .array([.object(["x": .integer(99)]), .object(["z": .integer(42)])]),
            steps: [FilterStep("has", [.integer(42)])],
            expected: .output("false")),
        GoldenFilterCase(
            "has, array of hashes, int value, match",
            input: .array([.object(["x": .integer(99)]), .object(["z": .integer(42)])]),
            steps: [FilterStep("has", [.string("z"), .integer(42)])],
            expected: .output("true")),
        GoldenFilterCase(
            "has, array of hashes, int value, no match",
            input: .array([.object(["x": .integer(99)]), .object(["z": .integer(42)])]),
            steps: [FilterStep("has", [.string("z"), .integer(7)])],
            expected: .output("false")),
        GoldenFilterCase(
            "has, array of hashes, nil property",
            input: .array([.object(["x": .integer(99)]), .object(["z": .integer(42)])]),
            steps: [FilterStep("has", [.nil])],
            expected: .output("false")),
        GoldenFilterCase(
            "has, array of hashes, with a nil",
            input: .array([.object(["x": .integer(99)]), .nil, .object(["z": .integer(42)])]),
            steps: [FilterStep("has", [.string("z"), .integer(42)])],
            expected: .output("")),
        GoldenFilterCase(
            "has, array of ints, default value",
            input: .array([.integer(1), .integer(2), .integer(3)]),
            steps: [FilterStep("has", [.integer(2)])],
            expected: .output("true")),
        GoldenFilterCase(
            "has, array of ints, string argument, default value",
            input: .array([.integer(1), .integer(2), .integer(3)]),
            steps: [FilterStep("has", [.string("2")])],
            expected: .failure),
        GoldenFilterCase(
            "has, array of strings, default value",
            input: .array([.string("x"), .string("y"), .string("z")]),
            steps: [FilterStep("has", [.string("z")])],
            expected: .output("true")),
        GoldenFilterCase(
            "has, array of strings, default value, no match",
            input: .array([.string("x"), .string("y"), .string("z")]),
            steps: [FilterStep("has", [.string(":(")])],
            expected: .output("false")),
        GoldenFilterCase(
            "has, array of strings, default value, substring match",
            input: .array([.string("x"), .string("y"), .string("zoo")]),
            steps: [FilterStep("has", [.string("z")])],
            expected: .output("true")),
        GoldenFilterCase(
            "has, hash input, default value, match",
            input: .object(["z": .integer(42)]),
            steps: [FilterStep("has", [.string("z")])],
            expected: .output("true")),
        GoldenFilterCase(
            "has, hash input, default value, no match",
            input: .object(["x": .integer(42)]),
            steps: [FilterStep("has", [.string("z")])],
            expected: .output("false")),
        GoldenFilterCase(
            "has, hash input, explicit nil, match",
            input: .object(["z": .nil]),
            steps: [FilterStep("has", [.string("z"), .nil])],
            expected: .output("false")),
        GoldenFilterCase(
            "has, hash input, explicit nil, no match",
            input: .object(["z": .integer(42)]),
            steps: [FilterStep("has", [.string("z"), .nil])],
            expected: .output("true")),
        GoldenFilterCase(
            "has, hash input, false value, match",
            input: .object(["z": .bool(false)]),
            steps: [FilterStep("has", [.string("z"), .bool(false)])],
            expected: .output("true")),
        GoldenFilterCase(
            "has, hash input, int value, match",
            input: .object(["z": .integer(42)]),
            steps: [FilterStep("has", [.string("z"), .integer(42)])],
            expected: .output("true")),
        GoldenFilterCase(
            "has, hash input, int value, no match",
            input: .object(["z": .integer(42)]),
            steps: [FilterStep("has", [.string("z"), .integer(99)])],
            expected: .output("false")),
        GoldenFilterCase(
            "has, hash input, string value, no type coercion",
            input: .object(["z": .integer(42)]),
            steps: [FilterStep("has", [.string("z"), .string("42")])],
            expected: .output("false")),
        GoldenFilterCase(
            "has, mixed array, default value",
            input: .array([.string("x"), .nil, .string("z"), .bool(false), .bool(true)]),
            steps: [FilterStep("has", [.string("z")])],
            expected: .output("")),
        GoldenFilterCase(
            "has, string input, default value, match",
            input: .string("zoo"),
            steps: [FilterStep("has", [.string("z")])],
            expected: .output("true")),
        GoldenFilterCase(
            "has, string input, default value, no match",
            input: .string("foo"),
            steps: [FilterStep("has", [.string("z")])],
            expected: .output("false")),
        GoldenFilterCase(
            "reject, array containing an int, default value",
            input: .array([.string("x"), .string("y"), .string("cat"), .integer(1)]),
            steps: [FilterStep("reject", [.string("c")])],
            expected: .failure),
        GoldenFilterCase(
            "reject, array containing null, default value",
            input: .array([.string("x"), .string("y"), .string("cat"), .nil]),
            steps: [FilterStep("reject", [.string("c")])],
            expected: .output("")),
        GoldenFilterCase(
            "sort, argument is undefined",
            input: .array([.string("b"), .string("a")]),
            steps: [FilterStep("sort", [.nil]), FilterStep("join", [.string("#")])],
            expected: .output("a#b")),
        GoldenFilterCase(
            "sort, array of integers",
            input: .array([.integer(1), .integer(1000), .integer(3), .integer(30)]),
            steps: [FilterStep("sort", []), FilterStep("join", [.string("#")])],
            expected: .output("1#3#30#1000")),
        GoldenFilterCase(
            "sort, array of strings",
            input: .array([.string("b"), .string("a"), .string("C"), .string("B"), .string("A")]),
            steps: [FilterStep("sort", []), FilterStep("join", [.string("#")])],
            expected: .output("A#B#C#a#b")),
        GoldenFilterCase(
            "sort, empty array",
            input: .array([]),
            steps: [FilterStep("sort", []), FilterStep("join", [.string("#")])],
            expected: .output("")),
        GoldenFilterCase(
            "sort, incompatible types",
            input: .array([.array([]), .object([:]), .integer(1), .string("4")]),
            steps: [FilterStep("sort", [])],
            expected: .failure),
        GoldenFilterCase(
            "sort, left value is not an array",
            input: .integer(123),
            steps: [FilterStep("sort", []), FilterStep("join", [.string("#")])],
            expected: .output("123")),
        GoldenFilterCase(
            "sort, left value is undefined",
            input: .nil,
            steps: [FilterStep("sort", []), FilterStep("join", [.string("#")])],
            expected: .output("")),
        GoldenFilterCase(
            "sort, sort a string",
            input: .string("BzAa4"),
            steps: [FilterStep("sort", []), FilterStep("join", [.string("#")])],
            expected: .output("BzAa4")),
        GoldenFilterCase(
            "sort, too many arguments",
            input: .array([.string("b"), .string("a")]),
            steps: [FilterStep("sort", [.string("title"), .string("foo")]), FilterStep("join", [.string("#")])],
            expected: .failure),
        GoldenFilterCase(
            "sort natural, array of strings",
            input: .array([.string("b"), .string("a"), .string("C"), .string("B"), .string("A")]),
            steps: [FilterStep("sort_natural", []), FilterStep("join", [.string("#")])],
            expected: .output("a#A#b#B#C")),
        GoldenFilterCase(
            "sort natural, incompatible types",
            input: .array([.object([:]), .integer(1), .string("4")]),
            steps: [FilterStep("sort_natural", [])],
            expected: .output("14{}")),
        GoldenFilterCase(
            "sort natural, left value is not an array",
            input: .integer(123),
            steps: [FilterStep("sort_natural", [])],
            expected: .output("123")),
        GoldenFilterCase(
            "sort natural, left value is undefined",
            input: .nil,
            steps: [FilterStep("sort_natural", [])],
            expected: .output("")),
        GoldenFilterCase(
            "sum, empty sequence",
            input: .array([]),
            steps: [FilterStep("sum", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "sum, hashes with numeric strings and property argument",
            input: .array([.object(["k": .string("1")]), .object(["k": .string("2")]), .object(["k": .string("3")])]),
            steps: [FilterStep("sum", [.string("k")])],
            expected: .output("6")),
        GoldenFilterCase(
            "sum, hashes with property argument",
            input: .array([.object(["k": .integer(1)]), .object(["k": .integer(2)]), .object(["k": .integer(3)])]),
            steps: [FilterStep("sum", [.string("k")])],
            expected: .output("6")),
        GoldenFilterCase(
            "sum, hashes with some missing properties",
            input: .array([.object(["k": .integer(1)]), .object(["k": .integer(2)]), .object(["x": .integer(3)])]),
            steps: [FilterStep("sum", [.string("k")])],
            expected: .output("3")),
        GoldenFilterCase(
            "sum, hashes without property argument",
            input: .array([.object(["k": .integer(1)]), .object(["k": .integer(2)]), .object(["k": .integer(3)])]),
            steps: [FilterStep("sum", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "sum, ints",
            input: .array([.integer(1), .integer(2), .integer(3)]),
            steps: [FilterStep("sum", [])],
            expected: .output("6")),
        GoldenFilterCase(
            "sum, negative ints",
            input: .array([.integer(-1), .integer(-2), .integer(-3)]),
            steps: [FilterStep("sum", [])],
            expected: .output("-6")),
        GoldenFilterCase(
            "sum, negative strings",
            input: .array([.string("-1"), .string("-2"), .string("-3")]),
            steps: [FilterStep("sum", [])],
            expected: .output("-6")),
        GoldenFilterCase(
            "sum, nested ints",
            input: .array([.integer(1), .array([.integer(2), .array([.integer(3)])])]),
            steps: [FilterStep("sum", [])],
            expected: .output("6")),
        GoldenFilterCase(
            "sum, only zeros",
            input: .array([.integer(0), .integer(0), .integer(0)]),
            steps: [FilterStep("sum", [])],
            expected: .output("0")),
        GoldenFilterCase(
            "sum, positive and negative ints",
            input: .array([.integer(-2), .integer(-3), .integer(10)]),
            steps: [FilterStep("sum", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "sum, properties arguments with non-hash items",
            input: .array([.integer(1), .integer(2), .integer(3)]),
            steps: [FilterStep("sum", [.string("k")])],
            expected: .failure),
        GoldenFilterCase(
            "uniq, array of strings",
            input: .array([.string("a"), .string("b"), .string("b"), .string("a")]),
            steps: [FilterStep("uniq", []), FilterStep("join", [.string("#")])],
            expected: .output("a#b")),
        GoldenFilterCase(
            "uniq, array of things",
            input: .array([.string("a"), .string("b"), .integer(1), .integer(1)]),
            steps: [FilterStep("uniq", []), FilterStep("join", [.string("#")])],
            expected: .output("a#b#1")),
        GoldenFilterCase(
            "uniq, empty array",
            input: .array([]),
            steps: [FilterStep("uniq", []), FilterStep("join", [.string("#")])],
            expected: .output("")),
        GoldenFilterCase(
            "uniq, left value is not an array",
            input: .integer(123),
            steps: [FilterStep("uniq", []), FilterStep("join", [.string("#")])],
            expected: .output("123")),
        GoldenFilterCase(
            "uniq, left value is undefined",
            input: .nil,
            steps: [FilterStep("uniq", []), FilterStep("join", [.string("#")])],
            expected: .output("")),
        GoldenFilterCase(
            "uniq, too many arguments",
            input: .nil,
            steps: [FilterStep("uniq", [.string("foo"), .string("bar")])],
            expected: .failure),
        GoldenFilterCase(
            "uniq, unhashable items",
            input: .array([.string("a"), .string("b"), .array([]), .object([:]), .object([:])]),
            steps: [FilterStep("uniq", []), FilterStep("join", [.string("#")])],
            expected: .output("a#b#{}")),
        GoldenFilterCase(
            "where, both arguments are undefined",
            input: .array([.object(["title": .string("foo")]), .object(["title": .string("bar")]), .object(["title": .nil])]),
            steps: [FilterStep("where", [.nil, .nil])],
            expected: .output("")),
        GoldenFilterCase(
            "where, first argument is undefined",
            input: .array([.object(["title": .string("foo")]), .object(["title": .string("bar")]), .object(["title": .nil])]),
            steps: [FilterStep("where", [.nil])],
            expected: .output("")),
        GoldenFilterCase(
            "where, left value is not an array",
            input: .integer(123),
            steps: [FilterStep("where", [.string("title")])],
            expected: .failure),
        GoldenFilterCase(
            "where, left value is undefined",
            input: .nil,
            steps: [FilterStep("where", [.string("title")])],
            expected: .output("")),
        GoldenFilterCase(
            "where, missing argument",
            input: .array([.object(["title": .string("foo")]), .object(["title": .string("bar")]), .object(["title": .nil])]),
            steps: [FilterStep("where", [])],
            expected: .failure),
        GoldenFilterCase(
            "where, too many arguments",
            input: .array([.object(["title": .string("foo")]), .object(["title": .string("bar")]), .object(["title": .nil])]),
            steps: [FilterStep("where", [.string("title"), .string("foo"), .string("bar")])],
            expected: .failure),
    ]
}
