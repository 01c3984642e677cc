import HeraldDiagnostics
import HeraldLiquid
import HeraldTemplates
import Testing

@Suite struct LiquidErrorDiagnosticTests {
    @Test func conversionKeepsLocationSuggestionAndHelp() {
        let error = LiquidError(
            code: "liquid.unknown-filter", message: "unknown filter 'monye'",
            templateName: "templates/reminder-1/email.xhtml.liquid", line: 14, column: 36, length: 5,
            suggestion: "money", help: "run `herald filters` to list the filters",
            sourceLine: "  <p>Total due: {{ totals.due | monye: totals.currency }}</p>")
        let diagnostic = error.diagnostic
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.code == "liquid.unknown-filter")
        #expect(
            diagnostic.location
                == SourceLocation(file: "templates/reminder-1/email.xhtml.liquid", line: 14, column: 36, length: 5))
        #expect(diagnostic.suggestion == "did you mean 'money'?")
        #expect(
            error.diagnosticText == """
                templates/reminder-1/email.xhtml.liquid:14:36: error: unknown filter 'monye' [liquid.unknown-filter]
                   |
                14 |   <p>Total due: {{ totals.due | monye: totals.currency }}</p>
                   |                                    ^~~~~ did you mean 'money'?
                   = help: run `herald filters` to list the filters
                """)
    }
}
