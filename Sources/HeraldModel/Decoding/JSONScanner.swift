import Foundation

/// A small JSON parser (RFC 8259) over one line's bytes.
///
/// Foundation's `JSONSerialization` turns `0.1` into a binary `Double` (or an `NSNumber`
/// whose decimal value is not guaranteed), so Herald parses JSON itself: numbers stay text
/// (``JSONNode/Value/number(_:)``) and become `Decimal` through ``DecimalText``. Nesting is
/// limited to ``maximumDepth`` so hostile input cannot exhaust the stack.
struct JSONScanner {
    /// Why a line is not JSON, with the byte offset where the problem is.
    struct Failure: Error, Sendable {
        var offset: Int
        var message: String
    }

    /// How deeply arrays and objects may nest.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// The top-level `customer_id` string, once parsed: lets a reject of a malformed line
    /// still name its customer.
    private(set) var customerID: String?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses the whole input as one JSON value with only whitespace around it.
    mutating func parseDocument() throws(Failure) -> JSONNode {
        skipWhitespace()
        let node = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected \(describeCurrent()) after the end of the record") }
        return node
    }

    private mutating func parseValue() throws(Failure) -> JSONNode {
        guard index < bytes.count else { throw fail("unexpected end of line, expected a value") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(value: .bool(true), offset: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(value: .bool(false), offset: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(value: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default:
            throw fail("unexpected \(describeCurrent()), expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func parseObject() throws(Failure) -> JSONNode {
        let start = index
        try enter()
        index += 1
        var members: [(key: String, value: JSONNode)] = []
        members.reserveCapacity(16)  // a customer has about 20 fields, an invoice about 12
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return JSONNode(value: .object(members), offset: start)
        }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw fail("unexpected \(describeCurrent()), expected a field name in double quotes") }
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw fail("unexpected \(describeCurrent()), expected ':' after field name '\(key)'") }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            if depth == 1, key == "customer_id", case .string(let id) = value.value { customerID = id }
            members.append((key, value))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
                continue
            }
            if peek(UInt8(ascii: "}")) {
                index += 1
                depth -= 1
                return JSONNode(value: .object(members), offset: start)
            }
            throw fail("unexpected \(describeCurrent()), expected ',' or '}' after field '\(key)'")
        }
    }

    private mutating func parseArray() throws(Failure) -> JSONNode {
        let start = index
        try enter()
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            depth -= 1
            return JSONNode(value: .array(elements), offset: start)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
                continue
            }
            if peek(UInt8(ascii: "]")) {
                index += 1
                depth -= 1
                return JSONNode(value: .array(elements), offset: start)
            }
            throw fail("unexpected \(describeCurrent()), expected ',' or ']' in an array")
        }
    }

    private mutating func parseString() throws(Failure) -> String {
        index += 1  // opening quote
        // Most strings have no escapes: find the closing quote and make the string in one go.
        var end = index
        var highBits: UInt8 = 0
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 {
            highBits |= bytes[end]
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let text = bytes.withUnsafeBufferPointer { buffer in
                let run = UnsafeBufferPointer(rebasing: buffer[index..<end])
                // ASCII is always valid UTF-8: only other text needs the repair check.
                return highBits < 0x80 ? String(decoding: run, as: UTF8.self) : Self.validString(run)
            }
            index = end
            guard let text else { throw fail("string is not valid UTF-8") }
            index += 1
            return text
        }
        var utf8: [UInt8] = Array(bytes[index..<end])
        index = end
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = utf8.withUnsafeBufferPointer(Self.validString) else {
                    throw fail("string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): utf8.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): utf8.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): utf8.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try parseUnicodeEscape())
                default:
                    index -= 2
                    throw fail("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
                }
            case 0x00..<0x20:
                throw fail("control character in a string: escape it")
            default:
                utf8.append(byte)
                index += 1
            }
        }
        throw fail("unexpected end of line inside a string: a closing '\"' is missing")
    }

    /// The string `bytes` spell, or nil when they are not valid UTF-8. `String(validating:as:)`
    /// is generic over the encoding inside the standard library and looks up type metadata on
    /// every call; decoding repairs invalid input instead, so the bytes come back unchanged
    /// exactly when they were valid.
    private static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.count == bytes.count, let input = bytes.baseAddress else { return bytes.isEmpty ? text : nil }
        var copy = text
        // `memcmp`: the generic `elementsEqual` compared byte by byte (0.4% of a run).
        return copy.withUTF8 { decoded in decoded.baseAddress.map { memcmp($0, input, bytes.count) == 0 } ?? false }
            ? text : nil
    }

    /// Reads `XXXX` after `\u` (and a second `\uXXXX` for a surrogate pair); returns UTF-8.
    private mutating func parseUnicodeEscape() throws(Failure) -> [UInt8] {
        var value = try hex4()
        if (0xD800..<0xDC00).contains(value) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw fail("unpaired surrogate in a \\u escape")
            }
            index += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw fail("unpaired surrogate in a \\u escape") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(value) {
            throw fail("unpaired surrogate in a \\u escape")
        }
        guard let scalar = Unicode.Scalar(value) else { throw fail("invalid \\u escape") }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("incomplete \\u escape: expected 4 hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("invalid \\u escape: expected 4 hex digits")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(Failure) -> JSONNode {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw fail("invalid number: expected a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw fail("invalid number: leading zeros are not allowed") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("invalid number: expected a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("invalid number: expected a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        return JSONNode(value: .number(text), offset: start)
    }

    private mutating func expectWord(_ word: StaticString) throws(Failure) {
        let expected = word.withUTF8Buffer { Array($0) }
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw fail("unexpected \(describeCurrent()), expected a value")
        }
        index += expected.count
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of line" }
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count < 2 ? "0" + hex : hex)
    }

    private func fail(_ message: String) -> Failure { Failure(offset: index, message: message) }
}
