import Foundation
import OrderedCollections

/// A small JSON parser that keeps key order and can keep fractional numbers as decimals.
struct JSONValueParser {
    let bytes: [UInt8]
    let numbers: LiquidValue.JSONNumberStyle
    var index = 0
    var depth = 0

    init(bytes: [UInt8], numbers: LiquidValue.JSONNumberStyle) {
        self.bytes = bytes
        self.numbers = numbers
    }

    func failure(_ message: String) -> LiquidJSONError { LiquidJSONError(message: message, offset: index) }

    mutating func skipSpace() {
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    }

    mutating func parseDocument() throws -> LiquidValue {
        let value = try parseValue()
        skipSpace()
        guard index == bytes.count else { throw failure("unexpected data after the value") }
        return value
    }

    mutating func parseValue() throws -> LiquidValue {
        skipSpace()
        guard index < bytes.count else { throw failure("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .nil
        default: return try parseNumber()
        }
    }

    mutating func literal(_ word: String) throws {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw failure("expected '\(word)'") }
            index += 1
        }
    }

    mutating func enter() throws {
        depth += 1
        if depth > 512 { throw failure("nesting deeper than 512 levels") }
    }

    mutating func parseObject() throws -> LiquidValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var pairs = OrderedDictionary<String, LiquidValue>()
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(LiquidObject(pairs))
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key") }
            let key = try parseString()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':'") }
            index += 1
            pairs[key] = try parseValue()
            skipSpace()
            guard index < bytes.count else { throw failure("unexpected end of input") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { throw failure("expected ',' or '}'") }
            index += 1
            return .object(LiquidObject(pairs))
        }
    }

    mutating func parseArray() throws -> LiquidValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var values: [LiquidValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(values)
        }
        while true {
            values.append(try parseValue())
            skipSpace()
            guard index < bytes.count else { throw failure("unexpected end of input") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else { throw failure("expected ',' or ']'") }
            index += 1
            return .array(values)
        }
    }

    mutating func parseString() throws -> String {
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if scalar >= 0xD800, scalar < 0xDC00, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    {
                        index += 2
                        let low = try hex4()
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low &- 0xDC00)
                    }
                    out.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
                default: out.append(escape)
                }
            default:
                out.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw failure("bad \\u escape") }
        index += 4
        return value
    }

    mutating func parseNumber() throws -> LiquidValue {
        let start = index
        var isInteger = true
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                isInteger = false
                index += 1
            } else {
                break
            }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int(text) { return .integer(value) }
        if numbers == .decimal, let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) {
            return .decimal(value)
        }
        guard let value = Double(text) else {
            index = start
            throw failure("invalid value")
        }
        return .double(value)
    }
}
