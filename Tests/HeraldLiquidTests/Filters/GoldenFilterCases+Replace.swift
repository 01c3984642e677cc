// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid
import OrderedCollections

extension GoldenFilterCase {
    /// Golden Liquid cases for `replace` and `remove` and their `_first` / `_last` forms.
    static let replaceAndRemove: [GoldenFilterCase] = [
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
    ]
}
