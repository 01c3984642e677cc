// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid

extension GoldenFilterCase {
    /// Golden Liquid cases for `slice`, `split`, `truncate` and `truncatewords`.
    static let sliceSplitTruncate: [GoldenFilterCase] = [
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
    ]
}
