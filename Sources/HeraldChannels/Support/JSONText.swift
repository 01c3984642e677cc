import HeraldDiagnostics

/// A minimal JSON writer with a fixed key order, so output is byte-for-byte reproducible.
enum JSONText {
    /// A JSON value that the channels write.
    enum Value {
        case string(String)
        case int(Int)
        case bool(Bool)
        case strings([String])
    }

    /// An object with keys in the given order, pretty-printed with two spaces, ending in a newline.
    static func object(_ fields: [(String, Value)]) -> String {
        var lines: [String] = []
        for (key, value) in fields {
            lines.append("  \(quote(key)): \(render(value))")
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    private static func render(_ value: Value) -> String {
        switch value {
        case .string(let text): return quote(text)
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .strings(let texts): return "[" + texts.map(quote).joined(separator: ", ") + "]"
        }
    }

    /// A JSON string literal; non-ASCII stays UTF-8, control characters are escaped.
    static func quote(_ text: String) -> String { JSONQuoting.quoted(text) }
}
