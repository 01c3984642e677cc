import HeraldDiagnostics
import HeraldLiquid

extension LiquidError {
    /// The error as a Herald diagnostic: `templates/reminder-1/email.xhtml.liquid:14:36: error:
    /// unknown filter 'monye' [liquid.unknown-filter]`, with the suggestion and help.
    ///
    /// The template name is used as the file, so templates loaded through
    /// ``ProjectTemplateLoader`` point at paths from the project root.
    public var diagnostic: Diagnostic {
        Diagnostic(
            .error, code: DiagnosticCode(rawValue: code), message: message,
            location: SourceLocation(file: templateName, line: line, column: column, length: length),
            help: help, suggestion: suggestion.map { "did you mean '\($0)'?" })
    }

    /// The diagnostic as text for people: the headline, a caret excerpt of the template line,
    /// and the help.
    public var diagnosticText: String {
        // The renderer takes a whole file; the error carries its line, so place it at its number.
        let source = String(repeating: "\n", count: max(0, line - 1)) + sourceLine
        return DiagnosticRenderer.text(diagnostic, source: source)
    }
}
