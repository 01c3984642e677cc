import HeraldLiquid
import Testing

/// Renders reuse their working state (`RenderContext`); nothing of one render may show in the next.
@Suite struct ContextReuseTests {
    static let statefulSource = """
        {% assign a = a | default: 0 | plus: 1 %}{{ a }}|{% increment n %}{% increment n %}|\
        {% cycle 'x', 'y' %}{% cycle 'x', 'y' %}|{% capture c %}{{ c }}c{% endcapture %}{{ c }}|\
        {% for i in (1..4) limit: 2 %}{{ i }}{% endfor %}{% for i in (1..4) offset: continue %}{{ i }}{% endfor %}|\
        {% for i in (1..2) %}{% ifchanged %}{{ name }}{% endifchanged %}{% endfor %}|{% render 'part' %}|{{ name }}
        """

    @Test func aRenderSeesNothingOfTheRendersBeforeIt() throws {
        let environment = LiquidEnvironment(loader: InMemoryLoader(["part": "{% increment p %}{{ name }}"]))
        let template = try environment.parse(Self.statefulSource, name: "state.liquid")
        let first = try template.render(["name": "Ann"])
        #expect(first == "1|01|xy|c|1234|Ann|0|Ann")
        for _ in 0..<3 { #expect(try template.render(["name": "Ann"]) == first) }
        #expect(try template.render(["name": "Bob"]) == "1|01|xy|c|1234|Bob|0|Bob")
    }

    @Test func aFailedRenderLeavesNothingBehind() throws {
        let environment = LiquidEnvironment(
            loader: InMemoryLoader(["inner": "{% assign inner_kept = 1 %}{% increment i %}{{ 1 | divided_by: 0 }}"]))
        let failing = try environment.parse(
            "{% assign kept = 1 %}{% cycle 'a', 'b' %}{% for i in (1..3) %}{% include 'inner' %}{% endfor %}",
            name: "failing.liquid")
        let probe = try environment.parse(
            "{% if kept or inner_kept %}leak{% endif %}{% increment i %}{% cycle 'a', 'b' %}{{ forloop.index }}",
            name: "probe.liquid")
        #expect(throws: LiquidError.self) { try failing.render([:]) }
        #expect(try probe.render([:]) == "0a")
    }

    @Test func registersDoNotCarryOver() throws {
        let echo: LiquidFilter = { _, _, context in context.registers["locale"] ?? "none" }
        let environment = LiquidEnvironment(filters: ["locale": echo])
        let template = try environment.parse("{{ '' | locale }}", name: "r.liquid")
        #expect(try template.render([:], registers: ["locale": "nl"]) == "nl")
        #expect(try template.render([:]) == "none")
    }
}
