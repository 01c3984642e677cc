/// The URL filters: `url_encode` and `url_decode` (Ruby's `CGI.escape` / `CGI.unescape`).
enum URLFilters {
    /// The filters of this family, by name.
    static let all: [String: FilterFunction] = [
        "url_encode": FilterFunction { input, arguments, _ in
            try arguments.check("url_encode", max: 0, usage: "string | url_encode")
            if case .nil = input { return .nil }
            return .string(encode(Ruby.string(input)))
        },
        "url_decode": FilterFunction { input, arguments, _ in
            try arguments.check("url_decode", max: 0, usage: "string | url_decode")
            if case .nil = input { return .nil }
            guard let decoded = decode(Ruby.string(input)) else {
                throw LiquidFilterError(
                    "'url_decode' produced invalid UTF-8", help: "percent-encode whole UTF-8 characters, such as %C3%A9 for é")
            }
            return .string(decoded)
        },
    ]

    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// `CGI.escape`: keeps `A-Z a-z 0-9 _ . - ~`, turns space into `+` and percent-encodes
    /// every other UTF-8 byte in upper-case hex.
    static func encode(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 3 / 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"),
                UInt8(ascii: "~"):
                output.append(byte)
            case UInt8(ascii: " "):
                output.append(UInt8(ascii: "+"))
            default:
                output.append(UInt8(ascii: "%"))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `CGI.unescape`: `+` becomes a space and `%XX` a byte; malformed escapes stay as they
    /// are. `nil` when the bytes are not valid UTF-8.
    static func decode(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                output.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
                continue
            } else {
                output.append(byte)
            }
            index += 1
        }
        return String(validating: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
