import HeraldLiquid
import Testing

@Suite struct ParseModeTests {
    let lax = LiquidOptions(mode: .lax)
    let strict = LiquidOptions(mode: .strict)

    @Test(arguments: [
        ("{{ 'a' 'b' }}", "a"),
        ("{{ 'a' | upcase junk }}", "A"),
        ("{% for i in (1..3) junk %}{{ i }}{% endfor %}", "123"),
        ("{% case 1 %}{% when 1 and 2 %}one{% endcase %}", "one"),
        ("{% increment a b %}", "0"),
        ("{% if 1 == 1 'junk' %}y{% endif %}", "y"),
        ("{% if 1 == 2 junk or true %}y{% endif %}", "y"),
    ])
    func laxModeIgnoresTrailingJunk(_ source: String, _ expected: String) throws {
        #expect(try render(source, options: lax) == expected)
    }

    @Test(arguments: [
        "{{ 'a' 'b' }}", "{{ 'a' | upcase junk }}", "{% for i in (1..3) junk %}{% endfor %}",
        "{% case 1 %}{% when 1 and 2 %}one{% endcase %}", "{% increment a b %}", "{{ items.0 }}",
        "{% capture a b %}{% endcapture %}", "{% if 1 == 1 'junk' %}{% endif %}",
    ])
    func strictModeRejectsTrailingJunk(_ source: String) throws {
        let error = try renderError(source, options: strict)
        #expect(error.code == LiquidErrorCode.syntax)
    }

    @Test(arguments: [LiquidOptions(mode: .lax), LiquidOptions(mode: .strict)])
    func bothModesRejectBrokenStructure(_ options: LiquidOptions) throws {
        for source in ["{% if x %}", "{% endif %}", "{% nosuchtag %}", "{{ x", "{% assign = 1 %}", "{{ 1 | plus: }}"] {
            #expect(throws: LiquidError.self, "\(source)") { try render(source, options: options) }
        }
    }

    @Test(arguments: [LiquidOptions(mode: .lax), LiquidOptions(mode: .strict)])
    func wordsAfterAValueAreUnknownOperators(_ options: LiquidOptions) throws {
        for source in ["{% if s startswith t %}{% endif %}", "{% if not x %}{% endif %}", "{% if a in b %}{% endif %}"] {
            let error = try renderError(source, options: options)
            #expect(error.message.hasPrefix("unknown operator"), "\(source)")
        }
    }

    @Test func arithmeticOperatorsAreNotLiquid() throws {
        #expect(throws: LiquidError.self) { try render("{{ 1 + 2 }}", options: strict) }
        #expect(throws: LiquidError.self) { try render("{% assign x = 1 | plus 2 %}", options: strict) }
    }

    @Test func laxDotNumberIsAHashKey() throws {
        #expect(try render("{{ h.0 }}|{{ a.0 }}|{{ a[0] }}", ["h": ["0": "zero"], "a": ["x"]], options: lax) == "zero||x")
    }
}
