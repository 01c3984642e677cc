import HeraldDiagnostics
import Testing

@Suite struct DiagnosticRendererTests {
    @Test func headlineIsCompilerStyle() {
        let diagnostic = Diagnostic.error(
            "liquid.unknown-filter", "unknown filter 'money_fromat'",
            at: SourceLocation(file: "templates/a.liquid", line: 3, column: 7))
        #expect(
            DiagnosticRenderer.headline(diagnostic)
                == "templates/a.liquid:3:7: error: unknown filter 'money_fromat' [liquid.unknown-filter]")
    }

    @Test func excerptUnderlinesTheTokenAndKeepsTabs() {
        var diagnostic = Diagnostic.error(
            "liquid.unknown-filter", "unknown filter 'money_fromat'",
            at: SourceLocation(file: "t.liquid", line: 2, column: 10, length: 12))
        diagnostic.suggestion = "did you mean 'money_format'?"
        let text = DiagnosticRenderer.text(diagnostic, source: "first\n\t{{ x | money_fromat }}")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[2] == "2 | \t{{ x | money_fromat }}")
        #expect(lines[3] == "  | \t        ^" + String(repeating: "~", count: 11) + " did you mean 'money_format'?")
    }

    @Test func locationFromUTF8OffsetCountsScalars() {
        let location = SourceLocation(file: "f", source: "é\nab€c", utf8Offset: 8)
        #expect(location.line == 2)
        #expect(location.column == 4)
    }

    @Test func jsonHasStableFields() {
        let diagnostic = Diagnostic.warning("xml.x", "m", at: SourceLocation(file: "f", line: 1, column: 2))
        #expect(
            DiagnosticRenderer.json(diagnostic)
                == #"{"code":"xml.x","column":2,"file":"f","line":1,"message":"m","notes":[],"severity":"warning"}"#)
    }

    @Test func suggestionFindsNearTyposOnly() {
        #expect(Suggestion.closest(to: "upcse", in: ["upcase", "downcase"]) == "upcase")
        #expect(Suggestion.closest(to: "zzz", in: ["upcase"]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }
}
