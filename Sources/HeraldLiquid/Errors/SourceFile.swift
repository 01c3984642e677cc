/// A template's source, kept so errors can name a line and column long after parsing.
/// Positions elsewhere are UTF-8 byte offsets; line and column are computed only here.
final class SourceFile: Sendable {
    let name: String
    let bytes: [UInt8]

    init(name: String, text: String) {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    /// No source: what a render context points to between renders.
    static let none = SourceFile(name: "", text: "")

    /// The 1-based line and column (in Unicode scalars) of `offset`, and that line's text.
    func position(of offset: Int) -> (line: Int, column: Int, sourceLine: String) {
        let offset = max(0, min(offset, bytes.count))
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        let text = String(decoding: bytes[lineStart..<max(lineStart, lineEnd)], as: UTF8.self)
        return (line, column, text)
    }

    /// Builds an error pointing at `offset` for `length` bytes.
    func error(
        _ code: String, _ message: String, at offset: Int, length: Int = 1,
        suggestion: String? = nil, help: String? = nil
    ) -> LiquidError {
        let (line, column, sourceLine) = position(of: offset)
        let end = max(offset, min(offset + length, bytes.count))
        let scalars = String(decoding: bytes[max(0, min(offset, bytes.count))..<end], as: UTF8.self)
            .unicodeScalars.count
        return LiquidError(
            code: code, message: message, templateName: name, line: line, column: column,
            length: max(1, scalars), suggestion: suggestion, help: help, sourceLine: sourceLine)
    }
}

/// An error raised below the template level (expression lexer, value operations) before a
/// position is known; the caller attaches the location.
struct LocatedFailure: Error {
    var code: String
    var message: String
    var offset: Int
    var length: Int
    var suggestion: String?
    var help: String?

    init(
        _ code: String, _ message: String, at offset: Int, length: Int = 1, suggestion: String? = nil,
        help: String? = nil
    ) {
        self.code = code
        self.message = message
        self.offset = offset
        self.length = length
        self.suggestion = suggestion
        self.help = help
    }
}
