/// One message text from a locale file, split into literal text and `%{name}` placeholders once,
/// at load time.
///
/// `%%` writes a single `%` (Rails i18n); any other `%` is literal.
public struct Message: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case literal(String)
        case placeholder(String)
    }

    /// The text as written in the file.
    public let source: String
    let segments: [Segment]

    /// The placeholder names, in order of first use.
    public var placeholders: [String] {
        var names: [String] = []
        for case .placeholder(let name) in segments where !names.contains(name) { names.append(name) }
        return names
    }

    /// Parses a message.
    ///
    /// - Throws: `MessageSyntaxError` for a `%{` without a closing `}` or with a bad name.
    public init(_ source: String) throws(MessageSyntaxError) {
        self.source = source
        var segments: [Segment] = []
        var literal = ""
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            let next = source.index(after: index)
            guard character == "%", next < source.endIndex else {
                literal.append(character)
                index = next
                continue
            }
            if source[next] == "%" {
                literal.append("%")
                index = source.index(after: next)
            } else if source[next] == "{" {
                let nameStart = source.index(after: next)
                guard let close = source[nameStart...].firstIndex(of: "}") else {
                    throw MessageSyntaxError(
                        message: "unclosed placeholder in '\(source)'", help: "write placeholders as %{name}")
                }
                let name = String(source[nameStart..<close])
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
                else {
                    throw MessageSyntaxError(
                        message: "bad placeholder name '\(name)' in '\(source)'",
                        help: "placeholder names use letters, digits and '_', as in %{invoice_number}")
                }
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                segments.append(.placeholder(name))
                index = source.index(after: close)
            } else {
                literal.append(character)
                index = next
            }
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.segments = segments
    }

    /// Fills in the placeholders.
    ///
    /// - Parameter value: The text for a placeholder name, or `nil` when no argument was given.
    /// - Returns: The text, or the first placeholder name without a value.
    func interpolate(_ value: (String) -> String?) -> Result<String, MissingPlaceholder> {
        var text = ""
        for segment in segments {
            switch segment {
            case .literal(let literal): text += literal
            case .placeholder(let name):
                guard let replacement = value(name) else { return .failure(MissingPlaceholder(name: name)) }
                text += replacement
            }
        }
        return .success(text)
    }
}

/// A placeholder that had no argument.
struct MissingPlaceholder: Error {
    var name: String
}

/// A message text that cannot be parsed.
public struct MessageSyntaxError: Error, Sendable, Hashable {
    /// What is wrong, one line.
    public var message: String
    /// What to do.
    public var help: String?
}
