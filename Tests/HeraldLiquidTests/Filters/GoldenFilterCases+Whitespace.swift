// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid

extension GoldenFilterCase {
    /// Golden Liquid cases for `append`, `prepend`, case changes and whitespace (`strip`, `newline_to_br`, …).
    static let whitespaceAndCase: [GoldenFilterCase] = [
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
    ]
}
