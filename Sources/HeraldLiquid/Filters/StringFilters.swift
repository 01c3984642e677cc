/// The string filters: `append`, `prepend`, `capitalize`, `downcase`, `upcase`, `lstrip`,
/// `rstrip`, `strip`, `strip_newlines`, `newline_to_br`, `remove`, `remove_first`,
/// `remove_last`, `replace`, `replace_first`, `replace_last`, `slice`, `split`, `truncate`,
/// `truncatewords` and `squish`.
///
/// Inputs and arguments go through Liquid's `to_s` first, so `5 | append: 1` is `"51"` and an
/// undefined input is the empty string. Lengths and offsets count Unicode scalars, as Ruby
/// counts characters.
enum StringFilters {
    /// The filters of this family, by name.
    static let all: [String: FilterFunction] = [
        "append": FilterFunction { input, arguments, _ in
            try arguments.check("append", min: 1, max: 1, usage: "string | append: string")
            return .string(Ruby.string(input) + Ruby.string(arguments.positional[0]))
        },
        "prepend": FilterFunction { input, arguments, _ in
            try arguments.check("prepend", min: 1, max: 1, usage: "string | prepend: string")
            return .string(Ruby.string(arguments.positional[0]) + Ruby.string(input))
        },
        "capitalize": FilterFunction { input, arguments, _ in
            try arguments.check("capitalize", max: 0, usage: "string | capitalize")
            return .string(capitalize(Ruby.string(input)))
        },
        "downcase": FilterFunction { input, arguments, _ in
            try arguments.check("downcase", max: 0, usage: "string | downcase")
            return .string(Ruby.string(input).lowercased())
        },
        "upcase": FilterFunction { input, arguments, _ in
            try arguments.check("upcase", max: 0, usage: "string | upcase")
            return .string(Ruby.string(input).uppercased())
        },
        "strip": FilterFunction { input, arguments, _ in
            try arguments.check("strip", max: 0, usage: "string | strip")
            return .string(strip(Ruby.string(input), leading: true, trailing: true))
        },
        "lstrip": FilterFunction { input, arguments, _ in
            try arguments.check("lstrip", max: 0, usage: "string | lstrip")
            return .string(strip(Ruby.string(input), leading: true, trailing: false))
        },
        "rstrip": FilterFunction { input, arguments, _ in
            try arguments.check("rstrip", max: 0, usage: "string | rstrip")
            return .string(strip(Ruby.string(input), leading: false, trailing: true))
        },
        "strip_newlines": FilterFunction { input, arguments, _ in
            try arguments.check("strip_newlines", max: 0, usage: "string | strip_newlines")
            return .string(replaceNewlines(Ruby.string(input), with: nil))
        },
        "newline_to_br": FilterFunction { input, arguments, _ in
            try arguments.check("newline_to_br", max: 0, usage: "string | newline_to_br")
            return .string(replaceNewlines(Ruby.string(input), with: Array("<br />\n".utf8)))
        },
        "squish": FilterFunction { input, arguments, _ in
            try arguments.check("squish", max: 0, usage: "string | squish")
            return .string(squish(Ruby.string(input)))
        },
        "replace": FilterFunction { input, arguments, context in
            try arguments.check("replace", min: 1, max: 2, usage: "string | replace: search, replacement")
            let text = Ruby.string(input)
            let search = Ruby.string(arguments.positional[0])
            let replacement = arguments.at(1).map(Ruby.string) ?? ""
            try checkReplaceSize(text, search, replacement, limit: context.maxResultBytes)
            return .string(TextSearch.replace(text, search, with: replacement, limit: .max))
        },
        "replace_first": FilterFunction { input, arguments, _ in
            try arguments.check("replace_first", min: 1, max: 2, usage: "string | replace_first: search, replacement")
            return .string(
                TextSearch.replace(
                    Ruby.string(input), Ruby.string(arguments.positional[0]),
                    with: arguments.at(1).map(Ruby.string) ?? "", limit: 1))
        },
        "replace_last": FilterFunction { input, arguments, _ in
            try arguments.check("replace_last", min: 2, max: 2, usage: "string | replace_last: search, replacement")
            return .string(
                replaceLast(
                    Ruby.string(input), Ruby.string(arguments.positional[0]), with: Ruby.string(arguments.positional[1])))
        },
        "remove": FilterFunction { input, arguments, _ in
            try arguments.check("remove", min: 1, max: 1, usage: "string | remove: search")
            return .string(TextSearch.replace(Ruby.string(input), Ruby.string(arguments.positional[0]), with: "", limit: .max))
        },
        "remove_first": FilterFunction { input, arguments, _ in
            try arguments.check("remove_first", min: 1, max: 1, usage: "string | remove_first: search")
            return .string(TextSearch.replace(Ruby.string(input), Ruby.string(arguments.positional[0]), with: "", limit: 1))
        },
        "remove_last": FilterFunction { input, arguments, _ in
            try arguments.check("remove_last", min: 1, max: 1, usage: "string | remove_last: search")
            return .string(replaceLast(Ruby.string(input), Ruby.string(arguments.positional[0]), with: ""))
        },
        "slice": FilterFunction(slice),
        "split": FilterFunction { input, arguments, context in
            try arguments.check("split", min: 1, max: 1, usage: "string | split: separator")
            let parts = split(Ruby.string(input), Ruby.string(arguments.positional[0]))
            // Each part costs far more memory than its bytes; cap how many one split makes.
            if parts.count > context.maxResultBytes / 16 {
                throw LiquidFilterError(
                    "'split' would make \(parts.count) parts, more than this render allows",
                    help: "split a shorter string")
            }
            return .array(parts.map { .string($0) })
        },
        "truncate": FilterFunction(truncate),
        "truncatewords": FilterFunction(truncateWords),
    ]

    /// Ruby's `String#capitalize`: the first character upper case, the rest lower case.
    static func capitalize(_ text: String) -> String {
        if text.isEmpty { return text }
        // ASCII: map the bytes in place of three Unicode case conversions. The bytes are
        // borrowed (native strings lend theirs) and checked with one loop, no closure per byte.
        let ascii: String?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var combined: UInt8 = 0
            for byte in bytes { combined |= byte }
            guard combined < 0x80 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for position in 0..<bytes.count {
                    let byte = bytes[position]
                    let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                    let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
                    buffer[position] = position == 0 ? (isLower ? byte - 32 : byte) : (isUpper ? byte + 32 : byte)
                }
                return bytes.count
            }
        }
        if case .some(.some(let mapped)) = ascii { return mapped }
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst().lowercased()
    }

    /// Ruby's `strip` / `lstrip` / `rstrip` (ASCII whitespace and NUL).
    static func strip(_ text: String, leading: Bool, trailing: Bool) -> String {
        let view = text.utf8
        var start = view.startIndex
        var end = view.endIndex
        if leading {
            while start != end, Ruby.isSpace(view[start]) { view.formIndex(after: &start) }
        }
        if trailing {
            while end != start {
                let before = view.index(before: end)
                guard Ruby.isSpace(view[before]) else { break }
                end = before
            }
        }
        if start == view.startIndex && end == view.endIndex { return text }
        return String(text[start..<end])
    }

    /// Replaces each `\n` and `\r\n` with `replacement`, or removes them when it is `nil`.
    static func replaceNewlines(_ text: String, with replacement: [UInt8]?) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if output.last == UInt8(ascii: "\r") { output.removeLast() }
                if let replacement { output.append(contentsOf: replacement) }
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Strips both ends and collapses every run of whitespace to one space.
    static func squish(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if Ruby.isSplitSpace(byte) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Ruby's `replace_last`: replaces the last occurrence (an empty search matches at the end).
    static func replaceLast(_ text: String, _ needle: String, with replacement: String) -> String {
        if needle.isEmpty { return text + replacement }
        let haystack = Array(text.utf8)
        let pin = Array(needle.utf8)
        guard let start = TextSearch.lastOccurrence(of: pin, in: haystack) else { return text }
        var output = Array(haystack[..<start])
        output.append(contentsOf: replacement.utf8)
        output.append(contentsOf: haystack[(start + pin.count)...])
        return String(decoding: output, as: UTF8.self)
    }

    /// Ruby's `String#split(pattern)`: `" "` splits on runs of whitespace ignoring leading
    /// whitespace, `""` splits into characters, anything else is a literal separator;
    /// trailing empty fields are dropped.
    static func split(_ text: String, _ separator: String) -> [String] {
        if text.isEmpty { return [] }
        if separator == " " { return words(text) }
        if separator.isEmpty { return text.unicodeScalars.map { String($0) } }
        let haystack = Array(text.utf8)
        let pin = Array(separator.utf8)
        var fields: [String] = []
        var cursor = 0
        for start in TextSearch.occurrences(of: pin, in: haystack) {
            fields.append(String(decoding: haystack[cursor..<start], as: UTF8.self))
            cursor = start + pin.count
        }
        fields.append(String(decoding: haystack[cursor...], as: UTF8.self))
        while let last = fields.last, last.isEmpty { fields.removeLast() }
        return fields
    }

    /// Awk-style words: runs of non-whitespace.
    static func words(_ text: String, limit: Int = .max) -> [String] {
        var result: [String] = []
        let view = text.utf8
        var index = view.startIndex
        while index != view.endIndex, result.count < limit {
            while index != view.endIndex, Ruby.isSplitSpace(view[index]) { view.formIndex(after: &index) }
            guard index != view.endIndex else { break }
            let start = index
            while index != view.endIndex, !Ruby.isSplitSpace(view[index]) { view.formIndex(after: &index) }
            result.append(String(text[start..<index]))
        }
        return result
    }

    /// `slice: offset, length`: Ruby's `slice(offset, length)` on arrays and strings.
    @Sendable static func slice(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("slice", min: 1, max: 2, usage: "string | slice: offset, length")
        let offset = try Ruby.integer(arguments.positional[0], filter: "slice", argument: "offset")
        var length = 1
        if let argument = arguments.at(1), argument.isTruthy {
            length = try Ruby.integer(argument, filter: "slice", argument: "length")
        }
        if case .array(let values) = input {
            guard let range = sliceRange(count: values.count, offset: offset, length: length) else { return .array([]) }
            return .array(Array(values[range]))
        }
        let text = Ruby.string(input)
        let count = Ruby.scalarCount(text)
        guard let range = sliceRange(count: count, offset: offset, length: length) else { return .string("") }
        if count == text.utf8.count {
            // ASCII: scalar offsets are byte offsets.
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return .string(String(text[start..<utf8.index(start, offsetBy: range.count)]))
        }
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let end = scalars.index(start, offsetBy: range.count)
        return .string(String(scalars[start..<end]))
    }

    /// The elements `slice(offset, length)` picks out of `count`, or `nil` when Ruby gives nil.
    static func sliceRange(count: Int, offset: Int, length: Int) -> Range<Int>? {
        var start = offset
        if start < 0 {
            guard start >= -count else { return nil }
            start += count
        }
        guard start <= count, length >= 0 else { return nil }
        let end = length > count - start ? count : start + length
        return start..<end
    }

    /// Refuses a `replace` whose result would exceed `limit` bytes: every match can grow the
    /// text by the replacement (plus the surrounding text, for `\'` and `` \` `` references).
    static func checkReplaceSize(_ text: String, _ search: String, _ replacement: String, limit: Int) throws {
        let textBytes = text.utf8.count
        let replacementBytes = replacement.utf8.count
        guard replacementBytes > search.utf8.count, textBytes > 0 else { return }
        let matches =
            search.isEmpty
            ? text.unicodeScalars.count + 1
            : TextSearch.occurrences(of: Array(search.utf8), in: Array(text.utf8)).count
        let growth = replacementBytes + (replacement.utf8.contains(UInt8(ascii: "\\")) ? textBytes : 0)
        let (extra, overflow) = matches.multipliedReportingOverflow(by: growth)
        if overflow || extra > limit - textBytes {
            throw LiquidFilterError(
                "'replace' would build more than \(limit) bytes", help: "replace in a shorter string")
        }
    }

    /// `truncate: length, ending`: at most `length` characters including the ending.
    @Sendable static func truncate(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("truncate", max: 2, usage: "string | truncate: length, ending")
        if case .nil = input { return .nil }
        let length = try arguments.at(0).map { try Ruby.integer($0, filter: "truncate", argument: "length") } ?? 50
        let ending = arguments.at(1).map(Ruby.string) ?? "..."
        let text = Ruby.string(input)
        let scalars = text.unicodeScalars
        if length >= 0, text.utf8.count <= length { return .string(text) }
        guard scalars.count > length else { return .string(text) }
        let keep = length <= 0 ? 0 : max(0, length - ending.unicodeScalars.count)
        let end = scalars.index(scalars.startIndex, offsetBy: keep)
        return .string(String(scalars[..<end]) + ending)
    }

    /// `truncatewords: words, ending`: at most `words` words, joined by single spaces.
    @Sendable static func truncateWords(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext)
        throws -> LiquidValue
    {
        try arguments.check("truncatewords", max: 2, usage: "string | truncatewords: words, ending")
        if case .nil = input { return .nil }
        var count =
            try arguments.at(0).map { try Ruby.integer($0, filter: "truncatewords", argument: "word count") } ?? 15
        if count <= 0 { count = 1 }
        let text = Ruby.string(input)
        let limit = count == .max ? count : count + 1
        let list = words(text, limit: limit)
        guard list.count > count else { return .string(text) }
        let ending = arguments.at(1).map(Ruby.string) ?? "..."
        return .string(list.prefix(count).joined(separator: " ") + ending)
    }
}
