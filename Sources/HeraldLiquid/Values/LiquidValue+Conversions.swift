import Foundation

extension LiquidValue {
    /// Ruby's truthiness: only `nil` and `false` are falsy.
    public var isTruthy: Bool {
        switch self {
        case .nil, .bool(false): false
        default: true
        }
    }

    /// The text `{{ value }}` renders, following Ruby Liquid's `to_s`.
    public var stringValue: String {
        switch self {
        case .nil: ""
        case .bool(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .double(let value): Self.rubyFloatString(value)
        case .decimal(let value): DecimalParts(value)?.plainText ?? value.description
        case .string(let value): value
        case .array(let values): values.map(\.stringValue).joined()
        case .object(let pairs):
            "{" + pairs.map { "\(Self.rubyInspect(.string($0.key)))=>\(Self.rubyInspect($0.value))" }
                .joined(separator: ", ") + "}"
        case .range(let lower, let upper): "\(lower)..\(upper)"
        }
    }

    /// Ruby's `Float#to_s`: shortest round-trip digits, always with a fraction or exponent.
    static func rubyFloatString(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let magnitude = abs(value)
        if magnitude != 0, magnitude >= 1e16 || magnitude < 1e-4 {
            // Ruby: 1.0e+16, 1.5e-05
            let text = "\(value)"  // Swift: 1e+16, 1.5e-05
            guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
            var mantissa = String(text[..<e])
            var exponent = String(text[text.index(after: e)...])
            if !mantissa.contains(".") { mantissa += ".0" }
            let sign = exponent.hasPrefix("-") ? "-" : "+"
            exponent = String(exponent.drop(while: { $0 == "-" || $0 == "+" }))
            if exponent.count < 2 { exponent = "0" + exponent }
            return "\(mantissa)e\(sign)\(exponent)"
        }
        var text = String(format: "%.17g", value)
        // Prefer Swift's shortest round-trip form when it is plain decimal notation.
        let shortest = "\(value)"
        if !shortest.contains("e") { text = shortest }
        if !text.contains(".") && !text.contains("e") { text += ".0" }
        return text
    }

    /// Ruby's `inspect`, used when a hash is rendered.
    static func rubyInspect(_ value: LiquidValue) -> String {
        switch value {
        case .nil: "nil"
        case .string(let text):
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        case .array(let values): "[" + values.map(rubyInspect).joined(separator: ", ") + "]"
        default: value.stringValue
        }
    }
}
