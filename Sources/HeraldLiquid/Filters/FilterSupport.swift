import Foundation
import OrderedCollections

// Helpers shared by the standard filters: argument checks and the Ruby semantics
// (`to_s`, `Integer()`, `[]`, `==`, `<=>`, `InputIterator`) that Shopify's filters rely on.

extension FilterArguments {
    /// Checks the argument count and keywords of a call to filter `name`.
    ///
    /// Mirrors Ruby's `ArgumentError` for a wrong number of arguments, with a message that
    /// names the filter and a help text that shows how to call it.
    func check(
        _ name: String, min: Int = 0, max: Int, keywords: Set<String> = [], usage: String
    ) throws {
        let count = positional.count
        if count < min || count > max {
            let expected: String
            if min == max {
                expected = max == 0 ? "no arguments" : max == 1 ? "1 argument" : "\(max) arguments"
            } else if count > max {
                expected = max == 1 ? "at most 1 argument" : "at most \(max) arguments"
            } else {
                expected = min == 1 ? "at least 1 argument" : "at least \(min) arguments"
            }
            throw LiquidFilterError("'\(name)' expects \(expected), got \(count)", help: "usage: \(usage)")
        }
        if !keyword.isEmpty {
            for key in keyword.keys where !keywords.contains(key) {
                let accepted =
                    keywords.isEmpty
                    ? "'\(name)' takes no keyword arguments"
                    : "'\(name)' accepts only \(keywords.sorted().joined(separator: ", "))"
                throw LiquidFilterError(
                    "'\(name)' does not accept keyword argument '\(key)'", help: "\(accepted); usage: \(usage)")
            }
        }
    }

    /// The positional argument at `index`, or `nil` when the template did not pass it.
    @inline(__always)
    func at(_ index: Int) -> LiquidValue? {
        // Not `nil`: LiquidValue is ExpressibleByNilLiteral, and `.some(.nil)` is not "missing".
        index < positional.count ? positional[index] : Optional.none
    }
}

/// The outcome of Ruby's `item[property]` on a value.
enum RubyIndexResult {
    /// The lookup gave a value (possibly `nil`).
    case value(LiquidValue)
    /// Ruby raises `TypeError` (for example `5["title"]`).
    case typeError
    /// The value has no `[]` method (`nil`, booleans, floats).
    case noMethod
}

/// Ruby behaviour the standard filters need, over `LiquidValue`.
enum Ruby {
    /// Ruby's whitespace for `strip` and `split(" ")`: NUL, tab, LF, VT, FF, CR and space.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0
    }

    /// Whitespace for awk-style `split` (no NUL).
    @inline(__always)
    static func isSplitSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Liquid's `Utils.to_s`: the text a value renders as.
    @inline(__always)
    static func string(_ value: LiquidValue) -> String {
        if case .string(let text) = value { return text }
        return value.stringValue
    }

    /// The number of Unicode scalars in `text` (Ruby's character count), counted over its
    /// UTF-8 bytes: every byte that does not continue a scalar starts one.
    static func scalarCount(_ text: String) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable(scalarCount) { return count }
        var text = text
        return text.withUTF8(scalarCount)
    }

    /// The number of Unicode scalars in valid UTF-8 `bytes`: the bytes minus the continuation
    /// bytes (0b10xxxxxx), counted eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        let count = bytes.count
        var continuations = 0
        var offset = 0
        while offset &+ 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // Bit 7 of each byte that has bit 7 set and bit 6 clear (`word << 1` moves each
            // byte's bit 6 to its bit 7); the multiply sums those eight 0/1 bytes.
            let marks = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
            continuations &+= Int(truncatingIfNeeded: (marks &* 0x0101_0101_0101_0101) >> 56)
            offset &+= 8
        }
        while offset < count {
            if bytes[offset] & 0xC0 == 0x80 { continuations &+= 1 }
            offset &+= 1
        }
        return count &- continuations
    }

    /// Ruby's `Integer(value.to_s)` as used by `Utils.to_integer`: integers pass, strings
    /// must be a whole integer literal (optional sign, underscores, `0x`/`0b`/`0o` prefixes,
    /// surrounding whitespace); anything else throws.
    static func integer(_ value: LiquidValue, filter: String, argument: String) throws -> Int {
        if case .integer(let number) = value { return number }
        let text = string(value)
        if let number = parseIntegerLiteral(text) { return number }
        throw LiquidFilterError(
            "'\(filter)' expects an integer \(argument), got \(describe(value))",
            help: "pass a whole number such as 3")
    }

    /// Parses the way Ruby's `Kernel#Integer(String)` does; `nil` when it would raise.
    static func parseIntegerLiteral(_ text: String) -> Int? {
        var bytes = Array(text.utf8)
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        var index = 0
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var radix = 10
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "0") {
            switch bytes[index + 1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): radix = 16; index += 2
            case UInt8(ascii: "b"), UInt8(ascii: "B"): radix = 2; index += 2
            case UInt8(ascii: "o"), UInt8(ascii: "O"): radix = 8; index += 2
            default: radix = 8; index += 1  // Ruby: leading 0 means octal
            }
        }
        guard index < bytes.count else {
            // "0" alone (radix 8 consumed it), or a bare prefix.
            return radix == 8 && bytes.count > 0 && bytes[bytes.count - 1] == UInt8(ascii: "0") ? 0 : nil
        }
        var result = 0
        var previousUnderscore = true  // no leading underscore
        for byte in bytes[index...] {
            if byte == UInt8(ascii: "_") {
                if previousUnderscore { return nil }
                previousUnderscore = true
                continue
            }
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            let (shifted, overflow1) = result.multipliedReportingOverflow(by: radix)
            let (added, overflow2) = shifted.addingReportingOverflow(negative ? -digit : digit)
            if overflow1 || overflow2 { return nil }
            result = added
            previousUnderscore = false
        }
        if previousUnderscore { return nil }  // trailing underscore
        return result
    }

    /// A short description of a value for error messages.
    static func describe(_ value: LiquidValue) -> String {
        switch value {
        case .nil: "nil"
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .double(let number): LiquidValue.rubyFloatString(number)
        case .decimal(let number): number.description
        case .string(let text): "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .array: "an array"
        case .object: "a hash"
        case .range(let lower, let upper): "(\(lower)..\(upper))"
        }
    }

    /// Liquid's `InputIterator`: arrays are flattened, a hash is one item, a range yields its
    /// integers, `nil` is empty, anything else is a one-item array.
    static func items(_ value: LiquidValue) -> [LiquidValue] {
        switch value {
        case .nil: return []
        case .array(let values):
            if !values.contains(where: { if case .array = $0 { true } else { false } }) { return values }
            var flat: [LiquidValue] = []
            flat.reserveCapacity(values.count)
            flatten(values, into: &flat)
            return flat
        case .range(let lower, let upper):
            return lower <= upper ? (lower...upper).map { .integer($0) } : []
        default: return [value]
        }
    }

    private static func flatten(_ values: [LiquidValue], into result: inout [LiquidValue]) {
        for value in values {
            if case .array(let inner) = value { flatten(inner, into: &result) } else { result.append(value) }
        }
    }

    /// Ruby's `item[property]` for the values Liquid templates see.
    static func index(_ item: LiquidValue, _ property: LiquidValue) -> RubyIndexResult {
        switch item {
        case .object(let pairs):
            if case .string(let key) = property { return .value(pairs.exactValue(forKey: key) ?? .nil) }
            return .value(.nil)
        case .array(let values):
            guard let position = integerIndex(property) else { return .typeError }
            let resolved = position < 0 ? values.count + position : position
            return .value(resolved >= 0 && resolved < values.count ? values[resolved] : .nil)
        case .string(let text):
            if case .string(let needle) = property {
                return .value(needle.isEmpty || text.contains(needle) ? .string(needle) : .nil)
            }
            guard let position = integerIndex(property) else { return .typeError }
            let scalars = Array(text.unicodeScalars)
            let resolved = position < 0 ? scalars.count + position : position
            guard resolved >= 0 && resolved < scalars.count else { return .value(.nil) }
            return .value(.string(String(scalars[resolved])))
        case .integer(let number):
            guard let bit = integerIndex(property) else { return .typeError }
            if bit < 0 { return .value(.integer(0)) }
            if bit >= Int.bitWidth { return .value(.integer(number < 0 ? 1 : 0)) }
            return .value(.integer((number >> bit) & 1))
        case .nil, .bool, .double, .decimal, .range:
            return .noMethod
        }
    }

    /// An index argument as Ruby converts it with `to_int` (floats truncate).
    private static func integerIndex(_ value: LiquidValue) -> Int? {
        switch value {
        case .integer(let number): return number
        case .double(let number):
            guard number.isFinite, abs(number) < 9e18 else { return nil }
            return Int(number)
        case .decimal(let number):
            return FilterNumber.truncatedInteger(number)
        default: return nil
        }
    }

    /// Ruby's `==` between Liquid values: numbers compare by value across Integer, Float and
    /// BigDecimal; hashes ignore key order; everything else compares structurally.
    static func equals(_ lhs: LiquidValue, _ rhs: LiquidValue) -> Bool {
        switch (lhs, rhs) {
        case (.integer(let a), .integer(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.integer, .double), (.integer, .decimal), (.double, .integer), (.double, .double),
            (.double, .decimal), (.decimal, .integer), (.decimal, .double), (.decimal, .decimal):
            return FilterNumber.compare(FilterNumber(lhs), FilterNumber(rhs)) == 0
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equals($0, $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a {
                guard let other = b[key], equals(value, other) else { return false }
            }
            return true
        default: return lhs == rhs
        }
    }

    /// Ruby's `<=>`: `nil` when the two values cannot be ordered.
    static func compare(_ lhs: LiquidValue, _ rhs: LiquidValue) -> Int? {
        switch (lhs, rhs) {
        case (.integer(let a), .integer(let b)): return a < b ? -1 : a == b ? 0 : 1
        case (.string(let a), .string(let b)): return compareBytes(a, b)
        case (.integer, .double), (.integer, .decimal), (.double, .integer), (.double, .double),
            (.double, .decimal), (.decimal, .integer), (.decimal, .double), (.decimal, .decimal):
            return FilterNumber.compare(FilterNumber(lhs), FilterNumber(rhs))
        case (.array(let a), .array(let b)):
            for (x, y) in zip(a, b) {
                guard let order = compare(x, y) else { return nil }
                if order != 0 { return order }
            }
            return a.count < b.count ? -1 : a.count == b.count ? 0 : 1
        default:
            return equals(lhs, rhs) ? 0 : nil
        }
    }

    /// Byte-wise comparison, as Ruby's `String#<=>`.
    static func compareBytes(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    /// Ruby's `casecmp`: byte-wise comparison with ASCII letters folded to lower case.
    static func caseCompare(_ a: String, _ b: String) -> Int {
        var left = a.utf8.makeIterator()
        var right = b.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?):
                let lx = x >= 0x41 && x <= 0x5A ? x | 0x20 : x
                let ly = y >= 0x41 && y <= 0x5A ? y | 0x20 : y
                if lx != ly { return lx < ly ? -1 : 1 }
            }
        }
    }
}
