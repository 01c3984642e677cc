import Foundation

/// Maps a line of rendered output back to the template line that wrote it.
///
/// Liquid output keeps no positions, so the map matches text: every template line is split
/// into its literal fragments (the text outside `{{ }}` and `{% %}`), and an output line is
/// scored against each template line by how much of that literal text it contains, with the
/// lines around it as context. The fragment that covers the output column gives the column.
/// This finds the right line for markup problems (a bad element or attribute is literal
/// text); a problem that lies entirely in substituted data maps to the line that printed it.
struct TemplateLineMap {
    /// One template file's literal fragments, line by line.
    struct File {
        var path: String
        /// Per line (index 0 is line 1): literal fragments with their 0-based scalar column.
        var fragments: [[(text: String, column: Int)]]
    }

    /// A place in a template.
    struct Position: Equatable {
        var file: String
        var line: Int
        var column: Int
    }

    private var files: [File] = []

    /// Adds a template's source under `path` (the template first, then its partials).
    mutating func add(path: String, source: String) {
        files.append(File(path: path, fragments: Self.fragments(of: source)))
    }

    /// The template position for 1-based `line` (and optional `column`) of `output`, or `nil`
    /// when no template line shares literal text with it.
    func locate(line: Int, column: Int?, in output: [Substring]) -> Position? {
        guard line >= 1, line <= output.count else { return nil }
        let target = Array(output[line - 1].unicodeScalars)
        let before = line >= 2 ? String(output[line - 2]) : ""
        let after = line < output.count ? String(output[line]) : ""
        var best: (score: Int, position: Position)?
        for file in files {
            for (index, fragments) in file.fragments.enumerated() {
                var score = 0
                var covering: Int?
                var firstColumn: Int?
                for fragment in fragments {
                    guard let offset = Self.find(Array(fragment.text.unicodeScalars), in: target) else { continue }
                    score += 3 * fragment.text.unicodeScalars.count
                    if firstColumn == nil { firstColumn = fragment.column }
                    if let column, column - 1 >= offset, column - 1 < offset + fragment.text.unicodeScalars.count {
                        covering = fragment.column + (column - 1 - offset)
                        score += 50
                    }
                }
                guard score > 0 else { continue }
                if index > 0 { score += Self.overlap(file.fragments[index - 1], before) }
                if index + 1 < file.fragments.count { score += Self.overlap(file.fragments[index + 1], after) }
                if score > (best?.score ?? 0) {
                    let col = (covering ?? firstColumn ?? 0) + 1
                    best = (score, Position(file: file.path, line: index + 1, column: col))
                }
            }
        }
        return best?.position
    }

    /// How much literal text of a template line's fragments `text` contains.
    private static func overlap(_ fragments: [(text: String, column: Int)], _ text: String) -> Int {
        fragments.reduce(0) { $0 + (text.contains($1.text) ? $1.text.unicodeScalars.count : 0) }
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// Splits a source into per-line literal fragments of at least three non-blank scalars,
    /// skipping `{{ … }}`, `{% … %}` (which may span lines) and `{% raw %}`-free comment blocks.
    static func fragments(of source: String) -> [[(text: String, column: Int)]] {
        var lines: [[(text: String, column: Int)]] = [[]]
        var current: [Unicode.Scalar] = []
        var currentColumn = 0
        var column = 0
        var inTag: Unicode.Scalar?  // "}" for {{ }}, "%" for {% %}
        var inComment = false
        var inTagText = ""
        let scalars = Array(source.unicodeScalars)
        var index = 0
        func flush() {
            let text = String(String.UnicodeScalarView(current))
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.unicodeScalars.count >= 3 {
                let leading = text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
                lines[lines.count - 1].append((trimmed, currentColumn + leading))
            }
            current = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "\n" {
                if inTag == nil && !inComment { flush() }
                lines.append([])
                column = 0
                currentColumn = 0
                index += 1
                continue
            }
            if let closing = inTag {
                if scalar == closing, next == "}" {
                    let tagText = inTagText
                    inTag = nil
                    index += 2
                    column += 2
                    currentColumn = column
                    if tagText.hasPrefix("comment") { inComment = true } else if tagText.hasPrefix("endcomment") { inComment = false }
                    inTagText = ""
                    continue
                }
                if inTagText.count < 16, scalar != "-" || !inTagText.isEmpty, !(scalar == " " && inTagText.isEmpty) {
                    inTagText.unicodeScalars.append(scalar)
                }
            } else if scalar == "{", next == "{" || next == "%" {
                if !inComment { flush() }
                inTag = next == "{" ? "}" : "%"
                inTagText = ""
                index += 2
                column += 2
                continue
            } else if !inComment {
                if current.isEmpty { currentColumn = column }
                current.append(scalar)
            }
            index += 1
            column += 1
        }
        if inTag == nil && !inComment { flush() }
        return lines
    }
}
