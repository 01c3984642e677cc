import Foundation

/// Turns diagnostics into text for people or JSON for machines. Pure: it returns strings.
public enum DiagnosticRenderer {
    /// The first, compiler-style line: `file:line:column: error: message [code]`.
    public static func headline(_ diagnostic: Diagnostic) -> String {
        var line = ""
        if let location = diagnostic.location { line += "\(location): " }
        line += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]"
        return line
    }

    /// The full text: headline, caret excerpt of `source` (when given), help and notes.
    ///
    /// - Parameters:
    ///   - diagnostic: What to render.
    ///   - source: The text of the file the location points into, for the excerpt.
    /// - Returns: One or more lines, without a trailing newline.
    public static func text(_ diagnostic: Diagnostic, source: String? = nil) -> String {
        var lines = [headline(diagnostic)]
        if let location = diagnostic.location, let source,
            let excerpt = excerpt(source: source, location: location, suggestion: diagnostic.suggestion)
        {
            lines.append(contentsOf: excerpt)
        } else if let suggestion = diagnostic.suggestion {
            lines.append("   = \(suggestion)")
        }
        if let help = diagnostic.help { lines.append("   = help: \(help)") }
        for note in diagnostic.notes { lines.append(headline(note)) }
        return lines.joined(separator: "\n")
    }

    /// The python-liquid / rustc style excerpt: gutter, source line, carets.
    static func excerpt(source: String, location: SourceLocation, suggestion: String?) -> [String]? {
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= sourceLines.count else { return nil }
        let text = String(sourceLines[location.line - 1]).replacingOccurrences(of: "\r", with: "")
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        var result = ["\(gutter) |", "\(number) | \(text)"]
        if let column = location.column {
            // Copy leading tabs so the caret lines up under the token.
            let prefix = text.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }
            let carets = "^" + String(repeating: "~", count: max(0, location.length - 1))
            var caretLine = "\(gutter) | " + prefix.joined() + carets
            if let suggestion { caretLine += " \(suggestion)" }
            result.append(caretLine)
        }
        return result
    }

    /// One JSON object per diagnostic, one per line (JSON Lines), with stable field names:
    /// `file`, `line`, `column`, `severity`, `code`, `message`, `help`, `suggestion`, `notes`.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { json($0) }.joined(separator: "\n")
    }

    /// One diagnostic as a single-line JSON object.
    public static func json(_ diagnostic: Diagnostic) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(JSONDiagnostic(diagnostic)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The documented JSON shape of a diagnostic (see `docs/diagnostics.md`).
private struct JSONDiagnostic: Encodable {
    var file: String?
    var line: Int?
    var column: Int?
    var severity: String
    var code: String
    var message: String
    var help: String?
    var suggestion: String?
    var notes: [JSONDiagnostic]

    init(_ diagnostic: Diagnostic) {
        file = diagnostic.location?.file
        line = diagnostic.location?.line
        column = diagnostic.location?.column
        severity = diagnostic.severity.rawValue
        code = diagnostic.code.rawValue
        message = diagnostic.message
        help = diagnostic.help
        suggestion = diagnostic.suggestion
        notes = diagnostic.notes.map(JSONDiagnostic.init)
    }
}
