/// Collects plain text line by line for ``HTMLToText``: collapses whitespace, keeps at
/// most one blank line between blocks and wraps lines at the end.
struct TextWriter {
    private var lines: [(text: String, indent: Int)] = []
    private var current = ""
    private var indent = 0
    private var hasText = false
    private var needsSpace = false
    private var needsSeparator = false
    private var needsBlank = false

    /// Characters dropped entirely: zero-width characters, soft hyphen, BOM, CGJ (`&#847;`).
    private static let invisible: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{AD}", "\u{34F}"]

    /// Appends inline text, collapsing whitespace.
    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if Self.invisible.contains(scalar) { continue }
            if scalar.properties.isWhitespace {
                needsSpace = true
                continue
            }
            if hasText && needsSeparator {
                current += " | "
            } else if hasText && needsSpace {
                current += " "
            }
            needsSeparator = false
            needsSpace = false
            current.unicodeScalars.append(scalar)
            hasText = true
        }
    }

    /// Starts a line with a prefix such as `- ` (continuation lines indent under it).
    mutating func startLine(prefix: String) {
        current = prefix
        indent = prefix.count
    }

    /// The next text of this line is a new table cell.
    mutating func separateCell() { if hasText { needsSeparator = true } }

    /// Ends the current line; `force` also writes an empty line (for `<br/>`).
    mutating func lineBreak(force: Bool = false) {
        if hasText {
            emit(current, indent: indent)
        } else if force {
            emit("", indent: 0)
        }
        current = ""
        indent = 0
        hasText = false
        needsSpace = false
        needsSeparator = false
    }

    /// Ends the current line and asks for a blank line before the next text.
    mutating func paragraph() {
        lineBreak()
        needsBlank = !lines.isEmpty
    }

    private mutating func emit(_ text: String, indent: Int) {
        if needsBlank, let last = lines.last, !last.text.isEmpty { lines.append(("", 0)) }
        needsBlank = false
        lines.append((text, indent))
    }

    /// The text, wrapped at `width`, at most one blank line in a row, ending in one LF.
    mutating func finish(width: Int) -> String {
        lineBreak()
        var output: [String] = []
        for (text, indent) in lines {
            if text.isEmpty {
                if let last = output.last, !last.isEmpty { output.append("") }
                continue
            }
            output += Self.wrap(text, width: width, indent: indent)
        }
        while output.last?.isEmpty == true { output.removeLast() }
        return output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
    }

    /// Greedy word wrap; continuation lines start with `indent` spaces.
    static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        guard text.count > width else { return [text] }
        var result: [String] = []
        let lead = String(text.prefix { $0 == " " })
        var line = lead
        let pad = String(repeating: " ", count: min(indent, width / 2))
        for word in text.dropFirst(lead.count).split(separator: " ", omittingEmptySubsequences: true) {
            if line == lead || line == pad {
                line += word
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                result.append(line)
                line = pad + word
            }
        }
        if line != lead { result.append(line) }
        return result
    }
}
