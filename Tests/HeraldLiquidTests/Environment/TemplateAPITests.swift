import HeraldLiquid
import Testing

@Suite struct TemplateAPITests {
    @Test func renderIntoAppendsToTheCallersBuffer() throws {
        let template = try LiquidEnvironment().parse("{{ a }}!", name: "t")
        var buffer = Array("> ".utf8)
        try template.render(["a": "hi"], registers: [:], into: &buffer)
        try template.render(["a": "yo"], registers: [:], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "> hi!yo!")
        #expect(template.name == "t")
        #expect(template.outputContext == .text)
    }

    @Test func outputCapCountsOnlyWhatThisRenderAppends() throws {
        let environment = LiquidEnvironment(options: limited(output: 10))
        let template = try environment.parse("0123456789")
        var buffer = [UInt8](repeating: 0x20, count: 100)
        try template.render([:], registers: [:], into: &buffer)
        #expect(buffer.count == 110)
    }

    @Test func conditionsEvaluateLikeIf() throws {
        let environment = LiquidEnvironment(options: LiquidOptions(strictVariables: true))
        let condition = try environment.parseCondition("late >= 3 and segment == 'chronic'", name: "policy.yaml")
        #expect(try condition.evaluate(["late": 4, "segment": "chronic"]))
        #expect(try !condition.evaluate(["late": 2, "segment": "chronic"]))
        #expect(throws: LiquidError.self) { try condition.evaluate(["late": 4]) }
    }

    @Test func malformedConditionsNameTheirSource() throws {
        do {
            _ = try LiquidEnvironment().parseCondition("late >= ", name: "policy.yaml")
            Issue.record("expected a syntax error")
        } catch let error as LiquidError {
            #expect(error.templateName == "policy.yaml")
            #expect(error.code == LiquidErrorCode.syntax)
        }
    }
}
