/// Writes MIME header parameters such as `filename`, using RFC 2231 for non-ASCII values.
enum MIMEParameter {
    /// Characters RFC 2231 `attribute-char` allows unencoded.
    private static let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")

    /// `name="value"` for ASCII values, otherwise `name*=utf-8''%XX…`, split into
    /// `name*0*=`, `name*1*=`, … sections of at most 60 characters so lines stay short.
    /// Returns one or more parameter strings, to be joined with `;` and CRLF SP.
    static func encode(_ name: String, _ value: String) -> [String] {
        let clean = HeaderField.sanitized(value)
        if clean.allSatisfy({ $0.isASCII }) && clean.count <= 60 {
            let escaped = clean.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            return ["\(name)=\"\(escaped)\""]
        }
        var tokens: [String] = []
        for byte in clean.utf8 {
            if byte < 128, plain.contains(Character(UnicodeScalar(byte))) {
                tokens.append(String(UnicodeScalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                tokens.append("%" + (hex.count == 1 ? "0" + hex : hex))
            }
        }
        var sections: [String] = []
        var current = "utf-8''"
        for token in tokens {
            if current.count + token.count > 60 {
                sections.append(current)
                current = ""
            }
            current += token
        }
        sections.append(current)
        if sections.count == 1 { return ["\(name)*=\(sections[0])"] }
        return sections.enumerated().map { index, section in "\(name)*\(index)*=\(section)" }
    }

    /// A header line `Name: value;` followed by the parameters, each on its own folded line.
    static func header(_ name: String, _ value: String, _ parameters: [String]) -> String {
        guard !parameters.isEmpty else { return "\(name): \(value)\r\n" }
        return "\(name): \(value);\r\n " + parameters.joined(separator: ";\r\n ") + "\r\n"
    }
}
