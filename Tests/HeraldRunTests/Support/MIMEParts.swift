import Foundation

/// Just enough MIME reading for tests: find a leaf part by a header text, decode its base64 body.
enum MIMEParts {
    struct Part {
        var headers: String
        var body: String
    }

    /// The part whose header block contains `text`; its body runs to the next boundary line.
    static func part(in eml: String, containing text: String) -> Part? {
        guard let hit = eml.range(of: text) else { return nil }
        let start = eml[..<hit.lowerBound].range(of: "\r\n--", options: .backwards)?.upperBound ?? eml.startIndex
        guard let blank = eml.range(of: "\r\n\r\n", range: hit.upperBound..<eml.endIndex) else { return nil }
        let end = eml.range(of: "\r\n--", range: blank.upperBound..<eml.endIndex)?.lowerBound ?? eml.endIndex
        return Part(headers: String(eml[start..<blank.lowerBound]), body: String(eml[blank.upperBound..<end]))
    }

    /// The bytes of a base64 body written in lines.
    static func base64(_ body: String) -> [UInt8]? {
        Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: "")).map { [UInt8]($0) }
    }
}
