// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid
import OrderedCollections

extension GoldenFilterCase {
    static let all: [GoldenFilterCase] = [
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
            "append, argument not a string",
            input: .string("hello"),
            steps: [FilterStep("append", [.integer(5)])],
            expected: .output("hello5")),
        GoldenFilterCase(
            "append, concat",
            input: .string("hello"),
            steps: [FilterStep("append", [.string("there")])],
            expected: .output("hellothere")),
        GoldenFilterCase(
            "append, missing argument",
            input: .string("hello"),
            steps: [FilterStep("append", [])],
            expected: .failure),
        GoldenFilterCase(
            "append, not a string",
            input: .integer(5),
            steps: [FilterStep("append", [.string("there")])],
            expected: .output("5there")),
        GoldenFilterCase(
            "append, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("append", [.string("how"), .string("are"), .string("you")])],
            expected: .failure),
        GoldenFilterCase(
            "append, undefined argument",
            input: .string("hi"),
            steps: [FilterStep("append", [.nil])],
            expected: .output("hi")),
        GoldenFilterCase(
            "append, undefined left value",
            input: .nil,
            steps: [FilterStep("append", [.string("hi")])],
            expected: .output("hi")),
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
            "base64 decode, from string",
            input: .string("XyMvLg=="),
            steps: [FilterStep("base64_decode", [])],
            expected: .output("_#/.")),
        GoldenFilterCase(
            "base64 decode, from string with URL unsafe",
            input: .string("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXogQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVogMTIzNDU2Nzg5MCAhQCMkJV4mKigpLT1fKy8/Ljo7W117fVx8"),
            steps: [FilterStep("base64_decode", [])],
            expected: .output("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 !@#$%^&*()-=_+/?.:;[]{}\\|")),
        GoldenFilterCase(
            "base64 decode, not a string",
            input: .integer(5),
            steps: [FilterStep("base64_decode", [])],
            expected: .failure),
        GoldenFilterCase(
            "base64 decode, undefined left value",
            input: .nil,
            steps: [FilterStep("base64_decode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "base64 decode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("base64_decode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "base64 encode, from string",
            input: .string("_#/."),
            steps: [FilterStep("base64_encode", [])],
            expected: .output("XyMvLg==")),
        GoldenFilterCase(
            "base64 encode, from string with URL unsafe",
            input: .string("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 !@#$%^&*()-=_+/?.:;[]{}\\|"),
            steps: [FilterStep("base64_encode", [])],
            expected: .output("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXogQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVogMTIzNDU2Nzg5MCAhQCMkJV4mKigpLT1fKy8/Ljo7W117fVx8")),
        GoldenFilterCase(
            "base64 encode, not a string",
            input: .integer(5),
            steps: [FilterStep("base64_encode", [])],
            expected: .output("NQ==")),
        GoldenFilterCase(
            "base64 encode, undefined left value",
            input: .nil,
            steps: [FilterStep("base64_encode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "base64 encode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("base64_encode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "base64 url safe decode, from string",
            input: .string("XyMvLg=="),
            steps: [FilterStep("base64_url_safe_decode", [])],
            expected: .output("_#/.")),
        GoldenFilterCase(
            "base64 url safe decode, from string with URL unsafe",
            input: .string("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXogQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVogMTIzNDU2Nzg5MCAhQCMkJV4mKigpLT1fKy8_Ljo7W117fVx8"),
            steps: [FilterStep("base64_url_safe_decode", [])],
            expected: .output("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 !@#$%^&*()-=_+/?.:;[]{}\\|")),
        GoldenFilterCase(
            "base64 url safe decode, not a string",
            input: .integer(5),
            steps: [FilterStep("base64_url_safe_decode", [])],
            expected: .failure),
        GoldenFilterCase(
            "base64 url safe decode, undefined left value",
            input: .nil,
            steps: [FilterStep("base64_url_safe_decode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "base64 url safe decode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("base64_url_safe_decode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "base64 url safe encode, from string",
            input: .string("_#/."),
            steps: [FilterStep("base64_url_safe_encode", [])],
            expected: .output("XyMvLg==")),
        GoldenFilterCase(
            "base64 url safe encode, from string with URL unsafe",
            input: .string("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 !@#$%^&*()-=_+/?.:;[]{}\\|"),
            steps: [FilterStep("base64_url_safe_encode", [])],
            expected: .output("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXogQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVogMTIzNDU2Nzg5MCAhQCMkJV4mKigpLT1fKy8_Ljo7W117fVx8")),
        GoldenFilterCase(
            "base64 url safe encode, not a string",
            input: .integer(5),
            steps: [FilterStep("base64_url_safe_encode", [])],
            expected: .output("NQ==")),
        GoldenFilterCase(
            "base64 url safe encode, undefined left value",
            input: .nil,
            steps: [FilterStep("base64_url_safe_encode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "base64 url safe encode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("base64_url_safe_encode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "capitalize, already capitalized string",
            input: .string("Hello"),
            steps: [FilterStep("capitalize", [])],
            expected: .output("Hello")),
        GoldenFilterCase(
            "capitalize, lower case string",
            input: .string("hello"),
            steps: [FilterStep("capitalize", [])],
            expected: .output("Hello")),
        GoldenFilterCase(
            "capitalize, multi-word string",
            input: .string("hello world"),
            steps: [FilterStep("capitalize", [])],
            expected: .output("Hello world")),
        GoldenFilterCase(
            "capitalize, undefined left value",
            input: .nil,
            steps: [FilterStep("capitalize", [])],
            expected: .output("")),
        GoldenFilterCase(
            "capitalize, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("capitalize", [.integer(2)])],
            expected: .failure),
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
            "downcase, make lower case",
            input: .string("HELLO"),
            steps: [FilterStep("downcase", [])],
            expected: .output("hello")),
        GoldenFilterCase(
            "downcase, not a string",
            input: .integer(5),
            steps: [FilterStep("downcase", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "downcase, undefined left value",
            input: .nil,
            steps: [FilterStep("downcase", [])],
            expected: .output("")),
        GoldenFilterCase(
            "downcase, unexpected argument",
            input: .string("HELLO"),
            steps: [FilterStep("downcase", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "escape, make HTML-safe",
            input: .string("<p>test</p>"),
            steps: [FilterStep("escape", [])],
            expected: .output("&lt;p&gt;test&lt;/p&gt;")),
        GoldenFilterCase(
            "escape, not a string",
            input: .integer(5),
            steps: [FilterStep("escape", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "escape, undefined left value",
            input: .nil,
            steps: [FilterStep("escape", [])],
            expected: .output("")),
        GoldenFilterCase(
            "escape, unexpected argument",
            input: .string("HELLO"),
            steps: [FilterStep("escape", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "escape once, make HTML-safe",
            input: .string("&lt;p&gt;test&lt;/p&gt;"),
            steps: [FilterStep("escape_once", [])],
            expected: .output("&lt;p&gt;test&lt;/p&gt;")),
        GoldenFilterCase(
            "escape once, make HTML-safe from mixed safe and markup.",
            input: .string("&lt;p&gt;test&lt;/p&gt;<p>test</p>"),
            steps: [FilterStep("escape_once", [])],
            expected: .output("&lt;p&gt;test&lt;/p&gt;&lt;p&gt;test&lt;/p&gt;")),
        GoldenFilterCase(
            "escape once, not a string",
            input: .integer(5),
            steps: [FilterStep("escape_once", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "escape once, undefined left value",
            input: .nil,
            steps: [FilterStep("escape_once", [])],
            expected: .output("")),
        GoldenFilterCase(
            "escape once, unexpected argument",
            input: .string("HELLO"),
            steps: [FilterStep("escape_once", [.integer(5)])],
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
            "lstrip, left and right padded",
            input: .string(" \t\r\n  hello  \t\r\n "),
            steps: [FilterStep("lstrip", [])],
            expected: .output("hello  \t\r\n ")),
        GoldenFilterCase(
            "lstrip, left padded",
            input: .string(" \t\r\n  hello"),
            steps: [FilterStep("lstrip", [])],
            expected: .output("hello")),
        GoldenFilterCase(
            "lstrip, not a string",
            input: .integer(5),
            steps: [FilterStep("lstrip", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "lstrip, right padded",
            input: .string("hello \t\r\n  "),
            steps: [FilterStep("lstrip", [])],
            expected: .output("hello \t\r\n  ")),
        GoldenFilterCase(
            "lstrip, undefined left value",
            input: .nil,
            steps: [FilterStep("lstrip", [])],
            expected: .output("")),
        GoldenFilterCase(
            "lstrip, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("lstrip", [.integer(5)])],
            expected: .failure),
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
            "newline to br, not a string",
            input: .integer(5),
            steps: [FilterStep("newline_to_br", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "newline to br, reference implementation test 1",
            input: .string("a\nb\nc"),
            steps: [FilterStep("newline_to_br", [])],
            expected: .output("a<br />\nb<br />\nc")),
        GoldenFilterCase(
            "newline to br, reference implementation test 2",
            input: .string("a\r\nb\nc"),
            steps: [FilterStep("newline_to_br", [])],
            expected: .output("a<br />\nb<br />\nc")),
        GoldenFilterCase(
            "newline to br, string with newlines",
            input: .string("- apples\n- oranges\n"),
            steps: [FilterStep("newline_to_br", [])],
            expected: .output("- apples<br />\n- oranges<br />\n")),
        GoldenFilterCase(
            "newline to br, undefined left value",
            input: .nil,
            steps: [FilterStep("newline_to_br", [])],
            expected: .output("")),
        GoldenFilterCase(
            "newline to br, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("newline_to_br", [.integer(5)])],
            expected: .failure),
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
            "prepend, argument not a string",
            input: .string("hello"),
            steps: [FilterStep("prepend", [.integer(5)])],
            expected: .output("5hello")),
        GoldenFilterCase(
            "prepend, concat",
            input: .string("hello"),
            steps: [FilterStep("prepend", [.string("there")])],
            expected: .output("therehello")),
        GoldenFilterCase(
            "prepend, missing argument",
            input: .string("hello"),
            steps: [FilterStep("prepend", [])],
            expected: .failure),
        GoldenFilterCase(
            "prepend, not a string",
            input: .integer(5),
            steps: [FilterStep("prepend", [.string("there")])],
            expected: .output("there5")),
        GoldenFilterCase(
            "prepend, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("prepend", [.string("how"), .string("are"), .string("you")])],
            expected: .failure),
        GoldenFilterCase(
            "prepend, undefined argument",
            input: .string("hi"),
            steps: [FilterStep("prepend", [.nil])],
            expected: .output("hi")),
        GoldenFilterCase(
            "prepend, undefined left value",
            input: .nil,
            steps: [FilterStep("prepend", [.string("hi")])],
            expected: .output("hi")),
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
            "remove, argument not a string",
            input: .string("hello"),
            steps: [FilterStep("remove", [.integer(5)])],
            expected: .output("hello")),
        GoldenFilterCase(
            "remove, missing argument",
            input: .string("hello"),
            steps: [FilterStep("remove", [])],
            expected: .failure),
        GoldenFilterCase(
            "remove, not a string",
            input: .integer(5),
            steps: [FilterStep("remove", [.string("there")])],
            expected: .output("5")),
        GoldenFilterCase(
            "remove, remove substrings",
            input: .string("I strained to see the train through the rain"),
            steps: [FilterStep("remove", [.string("rain")])],
            expected: .output("I sted to see the t through the ")),
        GoldenFilterCase(
            "remove, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("remove", [.string("how"), .string("are"), .string("you")])],
            expected: .failure),
        GoldenFilterCase(
            "remove, undefined argument",
            input: .string("hello"),
            steps: [FilterStep("remove", [.nil])],
            expected: .output("hello")),
        GoldenFilterCase(
            "remove, undefined left value",
            input: .nil,
            steps: [FilterStep("remove", [.string("rain")])],
            expected: .output("")),
        GoldenFilterCase(
            "remove first, argument not a string",
            input: .string("hello"),
            steps: [FilterStep("remove_first", [.integer(5)])],
            expected: .output("hello")),
        GoldenFilterCase(
            "remove first, missing argument",
            input: .string("hello"),
            steps: [FilterStep("remove_first", [])],
            expected: .failure),
        GoldenFilterCase(
            "remove first, not a string",
            input: .integer(5),
            steps: [FilterStep("remove_first", [.string("rain")])],
            expected: .output("5")),
        GoldenFilterCase(
            "remove first, remove substrings",
            input: .string("I strained to see the train through the rain"),
            steps: [FilterStep("remove_first", [.string("rain")])],
            expected: .output("I sted to see the train through the rain")),
        GoldenFilterCase(
            "remove first, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("remove_first", [.string("how"), .string("are"), .string("you")])],
            expected: .failure),
        GoldenFilterCase(
            "remove first, undefined argument",
            input: .string("hello"),
            steps: [FilterStep("remove_first", [.nil])],
            expected: .output("hello")),
        GoldenFilterCase(
            "remove first, undefined left value",
            input: .nil,
            steps: [FilterStep("remove_first", [.string("rain")])],
            expected: .output("")),
        GoldenFilterCase(
            "remove last, argument not a string",
            input: .string("hello"),
            steps: [FilterStep("remove_last", [.integer(5)])],
            expected: .output("hello")),
        GoldenFilterCase(
            "remove last, missing argument",
            input: .string("hello"),
            steps: [FilterStep("remove_last", [])],
            expected: .failure),
        GoldenFilterCase(
            "remove last, not a string",
            input: .integer(5),
            steps: [FilterStep("remove_last", [.string("rain")])],
            expected: .output("5")),
        GoldenFilterCase(
            "remove last, remove substrings",
            input: .string("I strained to see the train through the rain"),
            steps: [FilterStep("remove_last", [.string("rain")])],
            expected: .output("I strained to see the train through the ")),
        GoldenFilterCase(
            "remove last, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("remove_last", [.string("how"), .string("are"), .string("you")])],
            expected: .failure),
        GoldenFilterCase(
            "remove last, undefined argument",
            input: .string("hello"),
            steps: [FilterStep("remove_last", [.nil])],
            expected: .output("hello")),
        GoldenFilterCase(
            "remove last, undefined left value",
            input: .nil,
            steps: [FilterStep("remove_last", [.string("rain")])],
            expected: .output("")),
        GoldenFilterCase(
            "replace, argument not a string",
            input: .string("hello"),
            steps: [FilterStep("replace", [.integer(5), .string("your")])],
            expected: .output("hello")),
        GoldenFilterCase(
            "replace, left value is an object",
            input: .object([:]),
            steps: [FilterStep("replace", [.string("{"), .string("!")])],
            expected: .output("!}")),
        GoldenFilterCase(
            "replace, missing argument",
            input: .string("hello"),
            steps: [FilterStep("replace", [.string("ll")])],
            expected: .output("heo")),
        GoldenFilterCase(
            "replace, missing arguments",
            input: .string("hello"),
            steps: [FilterStep("replace", [])],
            expected: .failure),
        GoldenFilterCase(
            "replace, not a string",
            input: .integer(5),
            steps: [FilterStep("replace", [.string("rain"), .string("foo")])],
            expected: .output("5")),
        GoldenFilterCase(
            "replace, replace substrings",
            input: .string("Take my protein pills and put my helmet on"),
            steps: [FilterStep("replace", [.string("my"), .string("your")])],
            expected: .output("Take your protein pills and put your helmet on")),
        GoldenFilterCase(
            "replace, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("replace", [.string("how"), .string("are"), .string("you")])],
            expected: .failure),
        GoldenFilterCase(
            "replace, undefined first argument",
            input: .string("Take my protein"),
            steps: [FilterStep("replace", [.nil, .string("#")])],
            expected: .output("#T#a#k#e# #m#y# #p#r#o#t#e#i#n#")),
        GoldenFilterCase(
            "replace, undefined left value",
            input: .nil,
            steps: [FilterStep("replace", [.string("my"), .string("your")])],
            expected: .output("")),
        GoldenFilterCase(
            "replace, undefined second argument",
            input: .string("Take my protein pills and put my helmet on"),
            steps: [FilterStep("replace", [.string("my"), .nil])],
            expected: .output("Take  protein pills and put  helmet on")),
        GoldenFilterCase(
            "replace first, argument not a string",
            input: .string("hello5"),
            steps: [FilterStep("replace_first", [.integer(5), .string("your")])],
            expected: .output("helloyour")),
        GoldenFilterCase(
            "replace first, missing argument",
            input: .string("hello"),
            steps: [FilterStep("replace_first", [.string("ll")])],
            expected: .output("heo")),
        GoldenFilterCase(
            "replace first, missing arguments",
            input: .string("hello"),
            steps: [FilterStep("replace_first", [])],
            expected: .failure),
        GoldenFilterCase(
            "replace first, not a string",
            input: .integer(5),
            steps: [FilterStep("replace_first", [.string("rain"), .string("foo")])],
            expected: .output("5")),
        GoldenFilterCase(
            "replace first, replace substrings",
            input: .string("Take my protein pills and put my helmet on"),
            steps: [FilterStep("replace_first", [.string("my"), .string("your")])],
            expected: .output("Take your protein pills and put my helmet on")),
        GoldenFilterCase(
            "replace first, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("replace_first", [.string("how"), .string("are"), .string("you")])],
            expected: .failure),
        GoldenFilterCase(
            "replace first, undefined first argument",
            input: .string("Take my protein"),
            steps: [FilterStep("replace_first", [.nil, .string("#")])],
            expected: .output("#Take my protein")),
        GoldenFilterCase(
            "replace first, undefined left value",
            input: .nil,
            steps: [FilterStep("replace_first", [.string("my"), .string("your")])],
            expected: .output("")),
        GoldenFilterCase(
            "replace first, undefined second argument",
            input: .string("Take my protein pills and put my helmet on"),
            steps: [FilterStep("replace_first", [.string("my"), .nil])],
            expected: .output("Take  protein pills and put my helmet on")),
        GoldenFilterCase(
            "replace last, argument not a string",
            input: .string("hello5"),
            steps: [FilterStep("replace_last", [.integer(5), .string("your")])],
            expected: .output("helloyour")),
        GoldenFilterCase(
            "replace last, missing argument",
            input: .string("hello"),
            steps: [FilterStep("replace_last", [.string("ll")])],
            expected: .failure),
        GoldenFilterCase(
            "replace last, missing arguments",
            input: .string("hello"),
            steps: [FilterStep("replace_last", [])],
            expected: .failure),
        GoldenFilterCase(
            "replace last, not a string",
            input: .integer(5),
            steps: [FilterStep("replace_last", [.string("rain"), .string("foo")])],
            expected: .output("5")),
        GoldenFilterCase(
            "replace last, replace substrings",
            input: .string("Take my protein pills and put my helmet on"),
            steps: [FilterStep("replace_last", [.string("my"), .string("your")])],
            expected: .output("Take my protein pills and put your helmet on")),
        GoldenFilterCase(
            "replace last, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("replace_last", [.string("how"), .string("are"), .string("you")])],
            expected: .failure),
        GoldenFilterCase(
            "replace last, undefined first argument",
            input: .string("Take my protein"),
            steps: [FilterStep("replace_last", [.nil, .string("#")])],
            expected: .output("Take my protein#")),
        GoldenFilterCase(
            "replace last, undefined left value",
            input: .nil,
            steps: [FilterStep("replace_last", [.string("my"), .string("your")])],
            expected: .output("")),
        GoldenFilterCase(
            "replace last, undefined second argument",
            input: .string("Take my protein pills and put my helmet on"),
            steps: [FilterStep("replace_last", [.string("my"), .nil])],
            expected: .output("Take my protein pills and put  helmet on")),
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
        GoldenFilterCase(
            "rstrip, left and right padded",
            input: .string(" \t\r\n  hello  \t\r\n "),
            steps: [FilterStep("rstrip", [])],
            expected: .output(" \t\r\n  hello")),
        GoldenFilterCase(
            "rstrip, left padded",
            input: .string(" \t\r\n  hello"),
            steps: [FilterStep("rstrip", [])],
            expected: .output(" \t\r\n  hello")),
        GoldenFilterCase(
            "rstrip, not a string",
            input: .integer(5),
            steps: [FilterStep("rstrip", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "rstrip, right padded",
            input: .string("hello \t\r\n  "),
            steps: [FilterStep("rstrip", [])],
            expected: .output("hello")),
        GoldenFilterCase(
            "rstrip, undefined left value",
            input: .nil,
            steps: [FilterStep("rstrip", [])],
            expected: .output("")),
        GoldenFilterCase(
            "rstrip, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("rstrip", [.integer(5)])],
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
        GoldenFilterCase(
            "slice, first argument is a float",
            input: .string("Liquid"),
            steps: [FilterStep("slice", [.double(2.2)])],
            expected: .failure),
        GoldenFilterCase(
            "slice, first argument is a string",
            input: .string("hello"),
            steps: [FilterStep("slice", [.string("2")])],
            expected: .output("l")),
        GoldenFilterCase(
            "slice, first argument not an integer",
            input: .string("hello"),
            steps: [FilterStep("slice", [.string("foo")])],
            expected: .failure),
        GoldenFilterCase(
            "slice, missing arguments",
            input: .string("hello"),
            steps: [FilterStep("slice", [])],
            expected: .failure),
        GoldenFilterCase(
            "slice, negative first argument",
            input: .string("Liquid"),
            steps: [FilterStep("slice", [.integer(-2)])],
            expected: .output("i")),
        GoldenFilterCase(
            "slice, negative first argument and length out of range",
            input: .string("Liquid"),
            steps: [FilterStep("slice", [.integer(-2), .integer(99)])],
            expected: .output("id")),
        GoldenFilterCase(
            "slice, negative first argument and negative length",
            input: .string("Liquid"),
            steps: [FilterStep("slice", [.integer(-2), .integer(-1)])],
            expected: .output("")),
        GoldenFilterCase(
            "slice, negative first argument and positive length",
            input: .string("Liquid"),
            steps: [FilterStep("slice", [.integer(-2), .integer(2)])],
            expected: .output("id")),
        GoldenFilterCase(
            "slice, not a string",
            input: .integer(5),
            steps: [FilterStep("slice", [.integer(1)])],
            expected: .output("")),
        GoldenFilterCase(
            "slice, one",
            input: .string("hello"),
            steps: [FilterStep("slice", [.integer(1)])],
            expected: .output("e")),
        GoldenFilterCase(
            "slice, one length three",
            input: .string("hello"),
            steps: [FilterStep("slice", [.integer(1), .integer(3)])],
            expected: .output("ell")),
        GoldenFilterCase(
            "slice, out of range",
            input: .string("hello"),
            steps: [FilterStep("slice", [.integer(99)])],
            expected: .output("")),
        GoldenFilterCase(
            "slice, second argument is a float",
            input: .string("Liquid"),
            steps: [FilterStep("slice", [.integer(1), .double(2.2)])],
            expected: .failure),
        GoldenFilterCase(
            "slice, second argument is a string",
            input: .string("hello"),
            steps: [FilterStep("slice", [.integer(3), .string("2")])],
            expected: .output("lo")),
        GoldenFilterCase(
            "slice, second argument not an integer",
            input: .string("hello"),
            steps: [FilterStep("slice", [.integer(5), .string("foo")])],
            expected: .failure),
        GoldenFilterCase(
            "slice, slice an array of numbers",
            input: .array([.integer(1), .integer(2), .integer(3), .integer(4), .integer(5)]),
            steps: [FilterStep("slice", [.integer(2), .integer(3)]), FilterStep("join", [.string("#")])],
            expected: .output("3#4#5")),
        GoldenFilterCase(
            "slice, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("slice", [.integer(1), .integer(2), .integer(3)])],
            expected: .failure),
        GoldenFilterCase(
            "slice, undefined first argument",
            input: .string("hello"),
            steps: [FilterStep("slice", [.nil, .integer(3)])],
            expected: .failure),
        GoldenFilterCase(
            "slice, undefined left value",
            input: .nil,
            steps: [FilterStep("slice", [.integer(1), .integer(3)])],
            expected: .output("")),
        GoldenFilterCase(
            "slice, undefined second argument",
            input: .string("hello"),
            steps: [FilterStep("slice", [.integer(1), .nil])],
            expected: .output("e")),
        GoldenFilterCase(
            "slice, zero",
            input: .string("hello"),
            steps: [FilterStep("slice", [.integer(0)])],
            expected: .output("h")),
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
            "split, argument is false",
            input: .string("Hello there"),
            steps: [FilterStep("split", [.bool(false)]), FilterStep("join", [.string("#")])],
            expected: .output("Hello there")),
        GoldenFilterCase(
            "split, argument is nil",
            input: .string("Hello there"),
            steps: [FilterStep("split", [.nil]), FilterStep("join", [.string("#")])],
            expected: .output("H#e#l#l#o# #t#h#e#r#e")),
        GoldenFilterCase(
            "split, argument not a string",
            input: .string("hello th1ere"),
            steps: [FilterStep("split", [.integer(1)]), FilterStep("join", [.string("#")])],
            expected: .output("hello th#ere")),
        GoldenFilterCase(
            "split, missing argument",
            input: .string("hello there"),
            steps: [FilterStep("split", [])],
            expected: .failure),
        GoldenFilterCase(
            "split, not a string",
            input: .integer(56),
            steps: [FilterStep("split", [.string(" ")]), FilterStep("first", [])],
            expected: .output("56")),
        GoldenFilterCase(
            "split, split string",
            input: .string("Hi, how are you today?"),
            steps: [FilterStep("split", [.string(" ")]), FilterStep("join", [.string("#")])],
            expected: .output("Hi,#how#are#you#today?")),
        GoldenFilterCase(
            "split, too many arguments",
            input: .string("hello there"),
            steps: [FilterStep("split", [.string(" "), .string(",")])],
            expected: .failure),
        GoldenFilterCase(
            "split, undefined argument",
            input: .string("Hello there"),
            steps: [FilterStep("split", [.nil]), FilterStep("join", [.string("#")])],
            expected: .output("H#e#l#l#o# #t#h#e#r#e")),
        GoldenFilterCase(
            "split, undefined left value",
            input: .nil,
            steps: [FilterStep("split", [.string(" ")])],
            expected: .output("")),
        GoldenFilterCase(
            "strip, left and right padded",
            input: .string(" \t\r\n  hello  \t\r\n "),
            steps: [FilterStep("strip", [])],
            expected: .output("hello")),
        GoldenFilterCase(
            "strip, left padded",
            input: .string(" \t\r\n  hello"),
            steps: [FilterStep("strip", [])],
            expected: .output("hello")),
        GoldenFilterCase(
            "strip, not a string",
            input: .integer(5),
            steps: [FilterStep("strip", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "strip, right padded",
            input: .string("hello \t\r\n  "),
            steps: [FilterStep("strip", [])],
            expected: .output("hello")),
        GoldenFilterCase(
            "strip, undefined left value",
            input: .nil,
            steps: [FilterStep("strip", [])],
            expected: .output("")),
        GoldenFilterCase(
            "strip, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("strip", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "strip html, html block",
            input: .string("<div>test</div>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("test")),
        GoldenFilterCase(
            "strip html, html block with id",
            input: .string("<div id='test'>test</div>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("test")),
        GoldenFilterCase(
            "strip html, html block with newline",
            input: .string("<div\nclass='multiline'>test</div>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("test")),
        GoldenFilterCase(
            "strip html, html comment with newline",
            input: .string("<!-- foo bar \n test -->test"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("test")),
        GoldenFilterCase(
            "strip html, not a string",
            input: .integer(5),
            steps: [FilterStep("strip_html", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "strip html, script block",
            input: .string("<script type='text/javascript'>document.write('some stuff');</script>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("")),
        GoldenFilterCase(
            "strip html, some HTML markup",
            input: .string("Have <em>you</em> read <strong>Ulysses</strong> &amp; &#20;?"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("Have you read Ulysses &amp; &#20;?")),
        GoldenFilterCase(
            "strip html, some HTML markup with HTML comment",
            input: .string("<!-- Have --><em>you</em> read <strong>Ulysses</strong> &amp; &#20;?"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("you read Ulysses &amp; &#20;?")),
        GoldenFilterCase(
            "strip html, style block",
            input: .string("<style type='text/css'>foo bar</style>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("")),
        GoldenFilterCase(
            "strip html, undefined left value",
            input: .nil,
            steps: [FilterStep("strip_html", [])],
            expected: .output("")),
        GoldenFilterCase(
            "strip html, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("strip_html", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "strip newlines, newline and other whitespace",
            input: .string("hello there\nyou"),
            steps: [FilterStep("strip_newlines", [])],
            expected: .output("hello thereyou")),
        GoldenFilterCase(
            "strip newlines, not a string",
            input: .integer(5),
            steps: [FilterStep("strip_newlines", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "strip newlines, reference implementation test 1",
            input: .string("a\nb\nc"),
            steps: [FilterStep("strip_newlines", [])],
            expected: .output("abc")),
        GoldenFilterCase(
            "strip newlines, reference implementation test 2",
            input: .string("a\r\nb\nc"),
            steps: [FilterStep("strip_newlines", [])],
            expected: .output("abc")),
        GoldenFilterCase(
            "strip newlines, undefined left value",
            input: .nil,
            steps: [FilterStep("strip_newlines", [])],
            expected: .output("")),
        GoldenFilterCase(
            "strip newlines, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("strip_newlines", [.integer(5)])],
            expected: .failure),
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
        GoldenFilterCase(
            "truncate, custom end",
            input: .string("Ground control to Major Tom."),
            steps: [FilterStep("truncate", [.integer(25), .string(", and so on")])],
            expected: .output("Ground control, and so on")),
        GoldenFilterCase(
            "truncate, default end",
            input: .string("Ground control to Major Tom."),
            steps: [FilterStep("truncate", [.integer(20)])],
            expected: .output("Ground control to...")),
        GoldenFilterCase(
            "truncate, default length is 50",
            input: .string("Ground control to Major Tom. Ground control to Major Tom."),
            steps: [FilterStep("truncate", [])],
            expected: .output("Ground control to Major Tom. Ground control to ...")),
        GoldenFilterCase(
            "truncate, no end",
            input: .string("Ground control to Major Tom."),
            steps: [FilterStep("truncate", [.integer(20), .string("")])],
            expected: .output("Ground control to Ma")),
        GoldenFilterCase(
            "truncate, not a string",
            input: .integer(5),
            steps: [FilterStep("truncate", [.integer(10)])],
            expected: .output("5")),
        GoldenFilterCase(
            "truncate, string is shorter than length",
            input: .string("Ground control"),
            steps: [FilterStep("truncate", [.integer(20)])],
            expected: .output("Ground control")),
        GoldenFilterCase(
            "truncate, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("truncate", [.integer(5), .string("foo"), .string("bar")])],
            expected: .failure),
        GoldenFilterCase(
            "truncate, undefined first argument",
            input: .string("Ground control to Major Tom."),
            steps: [FilterStep("truncate", [.nil])],
            expected: .failure),
        GoldenFilterCase(
            "truncate, undefined left value",
            input: .nil,
            steps: [FilterStep("truncate", [.integer(5)])],
            expected: .output("")),
        GoldenFilterCase(
            "truncate, undefined second argument",
            input: .string("Ground control to Major Tom."),
            steps: [FilterStep("truncate", [.integer(20), .nil])],
            expected: .output("Ground control to Ma")),
        GoldenFilterCase(
            "truncatewords, all whitespace is clobbered",
            input: .string("    one    two three    four  "),
            steps: [FilterStep("truncatewords", [.integer(2)])],
            expected: .output("one two...")),
        GoldenFilterCase(
            "truncatewords, custom end",
            input: .string("Ground control to Major Tom."),
            steps: [FilterStep("truncatewords", [.integer(3), .string("--")])],
            expected: .output("Ground control to--")),
        GoldenFilterCase(
            "truncatewords, default end",
            input: .string("Ground control to Major Tom."),
            steps: [FilterStep("truncatewords", [.integer(3)])],
            expected: .output("Ground control to...")),
        GoldenFilterCase(
            "truncatewords, fewer words than word count",
            input: .string("Ground control"),
            steps: [FilterStep("truncatewords", [.integer(3)])],
            expected: .output("Ground control")),
        GoldenFilterCase(
            "truncatewords, no end",
            input: .string("Ground control to Major Tom."),
            steps: [FilterStep("truncatewords", [.integer(3), .string("")])],
            expected: .output("Ground control to")),
        GoldenFilterCase(
            "truncatewords, not a string",
            input: .integer(5),
            steps: [FilterStep("truncatewords", [.integer(10)])],
            expected: .output("5")),
        GoldenFilterCase(
            "truncatewords, number of words defaults to 15",
            input: .string("a b c d e f g h i j k l m n o p q"),
            steps: [FilterStep("truncatewords", [])],
            expected: .output("a b c d e f g h i j k l m n o...")),
        GoldenFilterCase(
            "truncatewords, reference implementation test 1",
            input: .string("测试测试测试测试"),
            steps: [FilterStep("truncatewords", [.integer(5)])],
            expected: .output("测试测试测试测试")),
        GoldenFilterCase(
            "truncatewords, reference implementation test 2",
            input: .string("one two three"),
            steps: [FilterStep("truncatewords", [.integer(2), .integer(1)])],
            expected: .output("one two1")),
        GoldenFilterCase(
            "truncatewords, reference implementation test 3",
            input: .string("one  two\tthree\nfour"),
            steps: [FilterStep("truncatewords", [.integer(3)])],
            expected: .output("one two three...")),
        GoldenFilterCase(
            "truncatewords, reference implementation test 4",
            input: .string("one two three four"),
            steps: [FilterStep("truncatewords", [.integer(2)])],
            expected: .output("one two...")),
        GoldenFilterCase(
            "truncatewords, reference implementation test 5",
            input: .string("one two three four"),
            steps: [FilterStep("truncatewords", [.integer(0)])],
            expected: .output("one...")),
        GoldenFilterCase(
            "truncatewords, too many arguments",
            input: .string("hello"),
            steps: [FilterStep("truncatewords", [.integer(5), .string("foo"), .string("bar")])],
            expected: .failure),
        GoldenFilterCase(
            "truncatewords, undefined first argument",
            input: .string("one two three four"),
            steps: [FilterStep("truncatewords", [.nil])],
            expected: .failure),
        GoldenFilterCase(
            "truncatewords, undefined left value",
            input: .nil,
            steps: [FilterStep("truncatewords", [.integer(5)])],
            expected: .output("")),
        GoldenFilterCase(
            "truncatewords, undefined second argument",
            input: .string("one two three four"),
            steps: [FilterStep("truncatewords", [.integer(2), .nil])],
            expected: .output("one two")),
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
            "upcase, make lower case",
            input: .string("hello"),
            steps: [FilterStep("upcase", [])],
            expected: .output("HELLO")),
        GoldenFilterCase(
            "upcase, not a string",
            input: .integer(5),
            steps: [FilterStep("upcase", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "upcase, undefined left value",
            input: .nil,
            steps: [FilterStep("upcase", [])],
            expected: .output("")),
        GoldenFilterCase(
            "upcase, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("upcase", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "url decode, not a string",
            input: .integer(5),
            steps: [FilterStep("url_decode", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "url decode, some special URL characters",
            input: .string("email+address+is+bob%40example.com%21"),
            steps: [FilterStep("url_decode", [])],
            expected: .output("email address is bob@example.com!")),
        GoldenFilterCase(
            "url decode, undefined left value",
            input: .nil,
            steps: [FilterStep("url_decode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "url decode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("url_decode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "url encode, not a string",
            input: .integer(5),
            steps: [FilterStep("url_encode", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "url encode, some special URL characters",
            input: .string("email address is bob@example.com!"),
            steps: [FilterStep("url_encode", [])],
            expected: .output("email+address+is+bob%40example.com%21")),
        GoldenFilterCase(
            "url encode, undefined left value",
            input: .nil,
            steps: [FilterStep("url_encode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "url encode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("url_encode", [.integer(5)])],
            expected: .failure),
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
