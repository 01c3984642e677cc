/// Scans expression markup into tokens. Identifiers may contain `-` (not first) and end with
/// `?`; numbers may be negative; strings use single or double quotes without escapes.
struct ExpressionLexer {
    static func tokenize(_ bytes: [UInt8], _ start: Int, _ end: Int) throws(LocatedFailure) -> [ExpressionToken] {
        var tokens: [ExpressionToken] = []
        var i = start
        func add(_ kind: ExpressionToken.Kind, _ from: Int, _ to: Int, _ text: String = "") {
            tokens.append(ExpressionToken(kind: kind, start: from, end: to, text: text))
        }
        while i < end {
            let byte = bytes[i]
            if isSpace(byte) {
                i += 1
                continue
            }
            let from = i
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                var j = i + 1
                while j < end, bytes[j] != byte { j += 1 }
                guard j < end else {
                    throw LocatedFailure(LiquidErrorCode.syntax, "unterminated string", at: from, length: end - from)
                }
                add(.string, from, j + 1, String(decoding: bytes[(i + 1)..<j], as: UTF8.self))
                i = j + 1
            case UInt8(ascii: "."):
                if i + 1 < end, bytes[i + 1] == UInt8(ascii: ".") {
                    add(.dotDot, from, i + 2)
                    i += 2
                } else {
                    add(.dot, from, i + 1)
                    i += 1
                }
            case UInt8(ascii: ","): add(.comma, from, i + 1); i += 1
            case UInt8(ascii: ":"): add(.colon, from, i + 1); i += 1
            case UInt8(ascii: "|"): add(.pipe, from, i + 1); i += 1
            case UInt8(ascii: "["): add(.leftBracket, from, i + 1); i += 1
            case UInt8(ascii: "]"): add(.rightBracket, from, i + 1); i += 1
            case UInt8(ascii: "("): add(.leftParen, from, i + 1); i += 1
            case UInt8(ascii: ")"): add(.rightParen, from, i + 1); i += 1
            case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                var j = i + 1
                if j < end, bytes[j] == UInt8(ascii: "=") || (byte == UInt8(ascii: "<") && bytes[j] == UInt8(ascii: ">")) {
                    j += 1
                }
                let text = String(decoding: bytes[i..<j], as: UTF8.self)
                if text == "=" {
                    add(.assign, from, j, text)
                } else if text == "!" {
                    add(.unknown, from, j, text)
                } else {
                    add(.comparison, from, j, text)
                }
                i = j
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var j = i
                if byte == UInt8(ascii: "-") {
                    j += 1
                    guard j < end, isDigit(bytes[j]) else {
                        add(.unknown, from, j, "-")
                        i = j
                        continue
                    }
                }
                while j < end, isDigit(bytes[j]) { j += 1 }
                var kind = ExpressionToken.Kind.integer
                if j + 1 < end, bytes[j] == UInt8(ascii: "."), isDigit(bytes[j + 1]) {
                    kind = .float
                    j += 1
                    while j < end, isDigit(bytes[j]) { j += 1 }
                    // Ruby reads `1.2.3` as the float 1.2 followed by junk; keep the junk visible.
                }
                if kind == .integer, byte != UInt8(ascii: "-"), j < end, isIdentifierStart(bytes[j]) {
                    // `1e2` or `123abc` is a (strange) variable name in Ruby, not a number.
                    while j < end, isWordByte(bytes[j]) || bytes[j] == UInt8(ascii: "-") || bytes[j] >= 0x80 { j += 1 }
                    if j < end, bytes[j] == UInt8(ascii: "?") { j += 1 }
                    add(.identifier, from, j, String(decoding: bytes[i..<j], as: UTF8.self))
                    i = j
                    continue
                }
                add(kind, from, j, String(decoding: bytes[i..<j], as: UTF8.self))
                i = j
            default:
                if isIdentifierStart(byte) {
                    var j = i + 1
                    while j < end, isWordByte(bytes[j]) || bytes[j] == UInt8(ascii: "-") || bytes[j] >= 0x80 { j += 1 }
                    if j < end, bytes[j] == UInt8(ascii: "?") { j += 1 }
                    add(.identifier, from, j, String(decoding: bytes[i..<j], as: UTF8.self))
                    i = j
                } else {
                    var j = i + 1
                    while j < end, bytes[j] & 0xC0 == 0x80 { j += 1 }
                    add(.unknown, from, j, String(decoding: bytes[i..<j], as: UTF8.self))
                    i = j
                }
            }
        }
        add(.end, end, end)
        return tokens
    }
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

@inline(__always) func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || byte >= 0x80
}
