/// A place in a file that a ``Diagnostic`` points at.
///
/// `line` and `column` are 1-based. `column` counts Unicode scalars and is `nil` when the
/// producer (for example libxml2 for some errors) does not know it.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file, as a path relative to the project root where possible.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column in Unicode scalars, or `nil` when unknown.
    public var column: Int?
    /// How many scalars the caret excerpt underlines (at least 1).
    public var length: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int? = nil, length: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
    }

    /// Computes the line and column of a UTF-8 byte offset in `source`.
    ///
    /// Positions are stored as byte offsets while parsing; this turns one into a location
    /// only when a diagnostic is made.
    public init(file: String, source: String, utf8Offset: Int, length: Int = 1) {
        var line = 1
        var column = 1
        var index = source.utf8.startIndex
        let end = source.utf8.index(
            source.utf8.startIndex, offsetBy: min(max(0, utf8Offset), source.utf8.count))
        while index < end {
            let byte = source.utf8[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index = source.utf8.index(after: index)
        }
        self.init(file: file, line: line, column: column, length: length)
    }
}

extension SourceLocation: CustomStringConvertible {
    /// `file:line:column`, or `file:line` when the column is unknown.
    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}
