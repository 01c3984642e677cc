import HeraldLiquid
import OrderedCollections
import Testing

@Suite struct ExtensionTests {
    @Test func hostFiltersReceiveArgumentsKeywordsAndRegisters() throws {
        let greet: LiquidFilter = { input, arguments, context in
            let punctuation = arguments.keyword["mark"]?.stringValue ?? "."
            let locale = context.registers["locale"]?.stringValue ?? "?"
            let prefix = arguments.positional.first?.stringValue ?? ""
            return .string("[\(locale)] \(prefix) \(input.stringValue)\(punctuation)")
        }
        let environment = LiquidEnvironment(filters: ["greet": greet])
        let template = try environment.parse("{{ name | greet: 'Dear', mark: '!' }}")
        #expect(try template.render(["name": "Ada"], registers: ["locale": "nl"]) == "[nl] Dear Ada!")
    }

    @Test func registersAreInvisibleToTemplates() throws {
        let template = try LiquidEnvironment().parse("[{{ locale }}]")
        #expect(try template.render([:], registers: ["locale": "nl"]) == "[]")
    }

    @Test func hostFiltersOverrideStandardOnes() throws {
        let shout: LiquidFilter = { input, _, _ in .string(input.stringValue.uppercased() + "!") }
        #expect(try render("{{ 'a' | upcase }}", filters: ["upcase": shout]) == "A!")
    }

    @Test func filterErrorsBecomeLocatedLiquidErrors() throws {
        let picky: LiquidFilter = { _, _, _ in throw LiquidFilterError("needs a currency", help: "pass 'EUR'") }
        let environment = LiquidEnvironment(filters: ["money": picky])
        do {
            _ = try environment.parse("\n  {{ 5 | money }}", name: "m.liquid").render([:])
            Issue.record("expected a filter error")
        } catch let error as LiquidError {
            #expect(error.code == LiquidErrorCode.filter)
            #expect(error.message == "money: needs a currency")
            #expect(error.help == "pass 'EUR'")
            #expect(error.line == 2)
            #expect(error.column == 10)
        }
    }

    @Test func customInlineTag() throws {
        #expect(try render("{% shout name | append: '?' %}", ["name": "ada"], tags: [EchoTag(name: "shout")]) == "ADA?")
    }

    @Test func customBlockTagRendersItsBody() throws {
        let tag = EchoTag(name: "box", isBlock: true)
        #expect(try render("{% box 'x' %}[{{ n }}]{% endbox %}", ["n": 1], tags: [tag]) == "X[1]")
    }

    @Test func errorsThrownByHostTagsAreLocated() throws {
        struct Failing: LiquidTag {
            var name = "boom"
            var isBlock = false
            func render(argument: LiquidValue?, body: String?, context: FilterContext) throws -> String {
                throw LiquidFilterError("no such thing", help: "pass a real thing")
            }
        }
        let environment = LiquidEnvironment(tags: [Failing()])
        do {
            _ = try environment.parse("ok\n  {% boom 1 %}", name: "t").render([:])
            Issue.record("expected an error")
        } catch let error as LiquidError {
            #expect(error.message == "boom: no such thing")
            #expect(error.line == 2)
            #expect(error.column == 6)
            #expect(error.help == "pass a real thing")
        }
    }

    @Test func unreadablePartialsAreLocatedErrors() throws {
        struct Broken: TemplateLoader {
            struct Unreadable: Error {}
            func source(named name: String) throws -> TemplateSource? { throw Unreadable() }
        }
        let environment = LiquidEnvironment(loader: Broken())
        #expect(throws: LiquidError.self) { try environment.parse("{% render 'x' %}").render([:]) }
        #expect(throws: LiquidError.self) { try environment.template(named: "x", outputContext: .text) }
    }

    @Test func unclosedCustomBlockTagIsAnError() throws {
        let environment = LiquidEnvironment(tags: [EchoTag(name: "box", isBlock: true)])
        #expect(throws: LiquidError.self) { try environment.parse("{% box %}open") }
    }

    @Test func unknownTagSuggestsRegisteredTags() throws {
        let environment = LiquidEnvironment(tags: [EchoTag(name: "translate")])
        do {
            _ = try environment.parse("{% translat 'x' %}")
            Issue.record("expected an unknown tag error")
        } catch let error as LiquidError {
            #expect(error.code == LiquidErrorCode.unknownTag)
            #expect(error.suggestion == "translate")
        }
    }

    @Test func filterNamesListsStandardAndHostFilters() {
        let environment = LiquidEnvironment(filters: ["money": { input, _, _ in input }])
        let names = environment.filterNames
        #expect(names.contains("money"))
        #expect(names.contains("upcase"))
        #expect(names == names.sorted())
        #expect(StandardFilters.all.count >= 60)
    }
}
