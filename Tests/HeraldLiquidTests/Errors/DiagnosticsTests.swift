import HeraldLiquid
import Testing

@Suite struct DiagnosticsTests {
    @Test func unclosedTagPointsAtItsOpeningTag() throws {
        let error = try renderError("Hello\n  {% if vip %}\nyes", name: "reminder.liquid")
        #expect(error.code == LiquidErrorCode.unclosedTag)
        #expect(error.templateName == "reminder.liquid")
        #expect(error.line == 2)
        #expect(error.column == 6)
        #expect(error.message == "'if' tag was never closed")
        #expect(error.help == "add '{% endif %}'")
        #expect(error.sourceLine == "  {% if vip %}")
    }

    @Test func unknownTagIsAParseError() throws {
        let error = try renderError("{% iff x %}{% endif %}")
        #expect(error.code == LiquidErrorCode.unknownTag)
        #expect(error.suggestion == "if")
        #expect(error.line == 1)
        #expect(error.column == 4)
    }

    @Test func unexpectedEndTag() throws {
        let error = try renderError("a\n{% endfor %}")
        #expect(error.code == LiquidErrorCode.unexpectedTag)
        #expect(error.line == 2)
    }

    @Test func syntaxErrorInAnExpression() throws {
        let error = try renderError("line one\n{{ total | plus: }}", options: LiquidOptions(mode: .strict))
        #expect(error.code == LiquidErrorCode.syntax)
        #expect(error.line == 2)
    }

    @Test func errorsInsideALiquidTagPointAtTheirLine() throws {
        let error = try renderError("{% liquid\n  assign x = 1\n  echo x | nope\n%}", options: strictOptions)
        #expect(error.code == LiquidErrorCode.unknownFilter)
        #expect(error.line == 3)
        #expect(error.column == 12)
        #expect(error.sourceLine == "  echo x | nope")
    }

    @Test func unterminatedOutput() throws {
        let error = try renderError("Dear {{ name ,")
        #expect(error.message == "output was not properly terminated")
        #expect(error.column == 6)
    }

    @Test func tagStartInsideOutputEndsTheOutput() throws {
        // Ruby's tokenizer turns `{{ … {%` into a tag token, which is not valid output.
        let error = try renderError("{{ a {% if %} }}")
        #expect(error.message == "output was not properly terminated")
        #expect(try render("{{ '}' }}{{ '{{' }}") == "}{{")
    }

    @Test func renderErrorNamesItsLineAndColumn() throws {
        let error = try renderError("a\nb {{ 10 | divided_by: 0 }}")
        #expect(error.code == LiquidErrorCode.filter)
        #expect(error.line == 2)
        #expect(error.column == 11)
        #expect(error.message.contains("divided_by"))
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let error = try renderError("Grüße {{ x | nope }}", options: strictOptions)
        #expect(error.column == 14)
    }

    @Test func errorsInPartialsNameThePartial() throws {
        let error = try renderError(
            "{% render 'footer' %}", templates: ["footer": "ok\n{{ 1 | divided_by: 0 }}"], name: "main.liquid")
        #expect(error.templateName == "footer")
        #expect(error.line == 2)
    }

    @Test func missingPartialIsAnError() throws {
        let error = try renderError("{% render 'nope' %}")
        #expect(error.code == LiquidErrorCode.templateNotFound)
        #expect(error.message == "template 'nope' not found")
    }

    @Test func excerptUnderlinesTheTokenAndSuggests() throws {
        let error = try renderError("Dear {{ customer.nme }},", ["customer": ["name": "Ada"]], options: strictOptions)
        #expect(
            error.excerpt == """
                  |
                1 | Dear {{ customer.nme }},
                  |         ^~~~~~~~~~~~ did you mean 'name'?
                """)
    }

    @Test func excerptKeepsTabsSoCaretsLineUp() throws {
        let error = try renderError("<p>\n\t\t{{ x | nope }}</p>", options: strictOptions)
        #expect(error.excerpt.hasSuffix("2 | \t\t{{ x | nope }}</p>\n  | \t\t       ^~~~"))
    }

    @Test func descriptionIsOneCompilerStyleLine() throws {
        let error = try renderError("{{ a | upcse }}", options: strictOptions, name: "t.liquid")
        #expect(error.description == "t.liquid:1:8: unknown filter 'upcse' (did you mean 'upcase'?)")
        #expect(!error.description.contains("\n"))
    }
}
