/// An error while parsing or rendering a template, located in its source.
///
/// The message is one line, lower-case, without a trailing period; `sourceLine` is the
/// whole line the error points at, so callers can print a caret excerpt.
public struct LiquidError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code such as `liquid.unknown-filter`.
    public var code: String
    /// What is wrong.
    public var message: String
    /// The template's name (a loader name or a path).
    public var templateName: String
    /// 1-based line.
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int
    /// How many scalars the caret underline covers (at least 1).
    public var length: Int
    /// A known name the author probably meant ("did you mean …").
    public var suggestion: String?
    /// What to do about it.
    public var help: String?
    /// The source line `line` refers to, without its line break.
    public var sourceLine: String

    /// Creates an error.
    public init(
        code: String, message: String, templateName: String, line: Int, column: Int, length: Int = 1,
        suggestion: String? = nil, help: String? = nil, sourceLine: String = ""
    ) {
        self.code = code
        self.message = message
        self.templateName = templateName
        self.line = line
        self.column = column
        self.length = length
        self.suggestion = suggestion
        self.help = help
        self.sourceLine = sourceLine
    }

    /// The caret excerpt: a gutter, the source line, and carets under the offending text
    /// (leading tabs are copied so the carets line up), followed by the suggestion.
    ///
    /// ```
    ///   |
    /// 3 | Dear {{ customer.nme }},
    ///   |      ^~~~~~~~~~~~~~~~~~~ did you mean 'name'?
    /// ```
    public var excerpt: String {
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        let prefix = sourceLine.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        let available = max(1, sourceLine.unicodeScalars.count - (column - 1))
        var carets = "^" + String(repeating: "~", count: max(0, min(length, available) - 1))
        if let suggestion { carets += " did you mean '\(suggestion)'?" }
        return "\(gutter) |\n\(number) | \(sourceLine)\n\(gutter) | \(prefix)\(carets)"
    }

    /// `name:line:column: message`, plus the suggestion when there is one.
    public var description: String {
        var text = "\(templateName):\(line):\(column): \(message)"
        if let suggestion { text += " (did you mean '\(suggestion)'?)" }
        return text
    }
}

/// Codes of `LiquidError`, as listed in docs/liquid.md.
public enum LiquidErrorCode {
    /// Malformed markup.
    public static let syntax = "liquid.syntax"
    /// A tag the environment does not know.
    public static let unknownTag = "liquid.unknown-tag"
    /// A block tag without its end tag.
    public static let unclosedTag = "liquid.unclosed-tag"
    /// An end or branch tag where none is open.
    public static let unexpectedTag = "liquid.unexpected-tag"
    /// A filter the environment does not know (strict filters).
    public static let unknownFilter = "liquid.unknown-filter"
    /// A variable or property that does not exist (strict variables).
    public static let undefinedVariable = "liquid.undefined-variable"
    /// A filter rejected its input or arguments.
    public static let filter = "liquid.filter-error"
    /// A value of the wrong type for an operation.
    public static let type = "liquid.type-error"
    /// A partial that the loader cannot find.
    public static let templateNotFound = "liquid.template-not-found"
    /// A resource limit was hit.
    public static let limitExceeded = "liquid.limit-exceeded"
}
