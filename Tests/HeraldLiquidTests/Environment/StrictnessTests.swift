import HeraldLiquid
import Testing

@Suite struct StrictnessTests {
    let customer: LiquidValue = ["customer": ["name": "Ada", "invoices": [["total": 12]]]]

    @Test func undefinedVariableRendersEmptyByDefault() throws {
        #expect(try render("Dear {{ custmer.name }},", customer) == "Dear ,")
    }

    @Test func undefinedVariableIsAnErrorWithStrictVariables() throws {
        let error = try renderError("Dear {{ custmer.name }},", customer, options: strictOptions)
        #expect(error.code == LiquidErrorCode.undefinedVariable)
        #expect(error.message == "undefined variable 'custmer.name'")
        #expect(error.suggestion == "customer")
        #expect(error.column == 9)
    }

    @Test func undefinedPropertySuggestsASiblingKey() throws {
        let error = try renderError("{{ customer.nmae }}", customer, options: strictOptions)
        #expect(error.code == LiquidErrorCode.undefinedVariable)
        #expect(error.suggestion == "name")
    }

    @Test func undefinedVariableInAConditionIsAnError() throws {
        let error = try renderError("{% if vip %}x{% endif %}", customer, options: strictOptions)
        #expect(error.code == LiquidErrorCode.undefinedVariable)
    }

    @Test func explicitNilIsDefinedUnderStrictVariables() throws {
        #expect(try render("[{{ middle }}]", ["middle": nil], options: strictOptions) == "[]")
    }

    @Test func defaultFilterMakesAVariableOptional() throws {
        #expect(try render("{{ title | default: 'customer' }}", [:], options: strictOptions) == "customer")
        #expect(try render("{{ customer.title | default: '-' }}", customer, options: strictOptions) == "-")
    }

    @Test func optionalFieldsAreTestedThroughAnAssignment() throws {
        let source = "{% assign vat_id = customer.vat_id | default: nil %}{% if vat_id %}VAT {{ vat_id }}{% else %}none{% endif %}"
        #expect(try render(source, customer, options: strictOptions) == "none")
        #expect(try render(source, ["customer": ["vat_id": "NL1"]], options: strictOptions) == "VAT NL1")
    }

    @Test func defaultOnlyExcusesTheVariableItFilters() throws {
        let error = try renderError("{{ title | upcase | default: 'x' }}", [:], options: strictOptions)
        #expect(error.code == LiquidErrorCode.undefinedVariable)
    }

    @Test func assignedAndLoopVariablesAreDefined() throws {
        let source = "{% assign n = 1 %}{% for i in customer.invoices %}{{ i.total }}{{ n }}{{ forloop.index }}{% endfor %}"
        #expect(try render(source, customer, options: strictOptions) == "1211")
    }

    @Test func unknownForloopPropertyIsAnError() throws {
        let error = try renderError("{% for i in (1..2) %}{{ forloop.indx }}{% endfor %}", options: strictOptions)
        #expect(error.suggestion == "index")
    }

    @Test func unknownFilterPassesInputThroughByDefault() throws {
        #expect(try render("{{ 'ada' | upcse }}") == "ada")
    }

    @Test func unknownFilterIsAParseErrorWithStrictFilters() throws {
        let environment = LiquidEnvironment(options: strictOptions)
        do {
            _ = try environment.parse("{{ name | upcse }}", name: "greeting.liquid")
            Issue.record("parsing should fail")
        } catch let error as LiquidError {
            #expect(error.code == LiquidErrorCode.unknownFilter)
            #expect(error.message == "unknown filter 'upcse'")
            #expect(error.suggestion == "upcase")
            #expect(error.templateName == "greeting.liquid")
            #expect(error.column == 11)
            #expect(error.length == 5)
        }
    }

    @Test func unknownFilterSuggestsHostFilters() throws {
        let money: LiquidFilter = { input, _, _ in input }
        let environment = LiquidEnvironment(options: strictOptions, filters: ["money_format": money])
        #expect(throws: LiquidError.self) { try environment.parse("{{ 1 | money_fromat }}") }
        do {
            _ = try environment.parse("{{ 1 | money_fromat }}")
        } catch let error as LiquidError {
            #expect(error.suggestion == "money_format")
        }
    }

    @Test func farOffNamesGetNoSuggestion() throws {
        let error = try renderError("{{ zzzzzz }}", customer, options: strictOptions)
        #expect(error.suggestion == nil)
    }
}
