/// The Base64 filters: `base64_encode`, `base64_decode`, `base64_url_safe_encode` and
/// `base64_url_safe_decode` (Ruby's `strict_encode64` / `strict_decode64` and the URL-safe
/// variants, which keep padding when encoding and accept it missing when decoding).
enum Base64Filters {
    /// The filters of this family, by name.
    static let all: [String: FilterFunction] = [
        "base64_encode": FilterFunction { input, arguments, _ in
            try arguments.check("base64_encode", max: 0, usage: "string | base64_encode")
            return .string(encode(Array(Ruby.string(input).utf8), urlSafe: false))
        },
        "base64_url_safe_encode": FilterFunction { input, arguments, _ in
            try arguments.check("base64_url_safe_encode", max: 0, usage: "string | base64_url_safe_encode")
            return .string(encode(Array(Ruby.string(input).utf8), urlSafe: true))
        },
        "base64_decode": FilterFunction { input, arguments, _ in
            try arguments.check("base64_decode", max: 0, usage: "string | base64_decode")
            return try decodeFilter("base64_decode", Ruby.string(input), urlSafe: false)
        },
        "base64_url_safe_decode": FilterFunction { input, arguments, _ in
            try arguments.check("base64_url_safe_decode", max: 0, usage: "string | base64_url_safe_decode")
            return try decodeFilter("base64_url_safe_decode", Ruby.string(input), urlSafe: true)
        },
    ]

    private static let standardAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlSafeAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Base64 with padding.
    static func encode(_ bytes: [UInt8], urlSafe: Bool) -> String {
        let alphabet = urlSafe ? urlSafeAlphabet : standardAlphabet
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            output.append(alphabet[Int(value >> 18 & 63)])
            output.append(alphabet[Int(value >> 12 & 63)])
            output.append(alphabet[Int(value >> 6 & 63)])
            output.append(alphabet[Int(value & 63)])
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            var value = UInt32(bytes[index]) << 16
            if rest == 2 { value |= UInt32(bytes[index + 1]) << 8 }
            output.append(alphabet[Int(value >> 18 & 63)])
            output.append(alphabet[Int(value >> 12 & 63)])
            output.append(rest == 2 ? alphabet[Int(value >> 6 & 63)] : UInt8(ascii: "="))
            output.append(UInt8(ascii: "="))
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func decodeFilter(_ name: String, _ text: String, urlSafe: Bool) throws -> LiquidValue {
        guard let bytes = decode(text, urlSafe: urlSafe) else {
            throw LiquidFilterError(
                "invalid base64 provided to \(name)",
                help: urlSafe
                    ? "the input must use A-Z a-z 0-9 - _ (padding with = is optional)"
                    : "the input must use A-Z a-z 0-9 + / with = padding to a multiple of 4 characters")
        }
        // Ruby keeps undecodable bytes as a binary string; we substitute U+FFFD.
        return .string(String(decoding: bytes, as: UTF8.self))
    }

    /// Strict decoding: no whitespace, length a multiple of 4 with correct padding. The
    /// URL-safe variant adds missing padding first, like Ruby's `urlsafe_decode64`.
    static func decode(_ text: String, urlSafe: Bool) -> [UInt8]? {
        var input = Array(text.utf8)
        if urlSafe, input.count % 4 != 0, input.last != UInt8(ascii: "=") {
            input.append(contentsOf: repeatElement(UInt8(ascii: "="), count: 4 - input.count % 4))
        }
        guard input.count % 4 == 0 else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(input.count / 4 * 3)
        var index = 0
        while index < input.count {
            var values: [UInt32] = [0, 0, 0, 0]
            var padding = 0
            for offset in 0..<4 {
                let byte = input[index + offset]
                if byte == UInt8(ascii: "=") {
                    // Padding only in the last quantum, only in its last two places, and only at the end.
                    guard index + 4 == input.count, offset >= 2 else { return nil }
                    padding += 1
                    continue
                }
                guard padding == 0, let value = sextet(byte, urlSafe: urlSafe) else { return nil }
                values[offset] = value
            }
            let combined = values[0] << 18 | values[1] << 12 | values[2] << 6 | values[3]
            output.append(UInt8(combined >> 16 & 0xFF))
            if padding < 2 { output.append(UInt8(combined >> 8 & 0xFF)) }
            if padding < 1 { output.append(UInt8(combined & 0xFF)) }
            // Strict: unused bits must be zero.
            if padding == 1, combined & 0xFF != 0 { return nil }
            if padding == 2, combined & 0xFFFF != 0 { return nil }
            index += 4
        }
        return output
    }

    private static func sextet(_ byte: UInt8, urlSafe: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt32(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt32(byte - UInt8(ascii: "a")) + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0")) + 52
        // Ruby's urlsafe_decode64 maps - and _ onto + and /, so it accepts both alphabets.
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        case UInt8(ascii: "-") where urlSafe: 62
        case UInt8(ascii: "_") where urlSafe: 63
        default: nil
        }
    }
}
