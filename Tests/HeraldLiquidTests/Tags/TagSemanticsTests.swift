import HeraldLiquid
import Testing

@Suite struct PartialTagTests {
    @Test func renderDoesNotSeeTheRenderData() throws {
        // Ruby's isolated subcontext drops the render's environments: pass what a partial needs.
        let out = try render("{% render 'p' %}|{% render 'p', name: name %}", ["name": "Ada"], templates: ["p": "[{{ name }}]"])
        #expect(out == "[]|[Ada]")
    }

    @Test func renderForBindsForloopWithoutParentloop() throws {
        let templates = ["p": "{{ forloop.index }}/{{ forloop.length }}{% for x in (1..1) %}<{{ forloop.parentloop.index }}>{% endfor %} "]
        #expect(try render("{% render 'p' for a as x %}", ["a": [1, 2]], templates: templates) == "1/2<> 2/2<> ")
    }

    @Test func includeWithKeywordArgumentsAfterWith() throws {
        let source = "{% assign h = 320 %}{% include 'style' with image: 'hero', width: h %}"
        #expect(try render(source, templates: ["style": "{{ image }}|{{ width }}|{{ style }}"]) == "hero|320|")
    }

    @Test func includeRepeatsForAnArrayHoweverBound() throws {
        let templates = ["item": "[{{ item }}]"]
        #expect(try render("{% include 'item' with a %}", ["a": [1, 2]], templates: templates) == "[1][2]")
        #expect(try render("{% include 'item' %}", ["item": [1, 2]], templates: templates) == "[1][2]")
    }

    @Test func breakInsideAnIncludeLoopReachesTheCaller() throws {
        let templates = ["it": "{% if it == 'b' %}{% break %}{% endif %}{{ it }}"]
        let source = "{% for o in (1..2) %}{% include 'it' for items %}{{ o }}{% endfor %}"
        #expect(try render(source, ["items": ["a", "b", "c"]], templates: templates) == "a")
    }

    @Test func includeBindsTheVariableNamedLikeTheTemplate() throws {
        #expect(try render("{% include 'card' as c %}", ["card": "X"], templates: ["card": "{{ c }}"]) == "X")
    }
}

@Suite struct RubySemanticsTests {
    @Test func caseRendersOnceForEveryMatchingValue() throws {
        #expect(try render("{% case x %}{% when 1, 1 %}a{% when 2 or 1 %}b{% else %}c{% endcase %}", ["x": 1]) == "aab")
    }

    @Test func containsIsFalseForNilAndFalse() throws {
        let data: LiquidValue = ["a": [nil, false], "s": "false"]
        #expect(try render("{% if a contains nil %}y{% else %}n{% endif %}{% if s contains false %}y{% else %}n{% endif %}", data) == "nn")
    }

    @Test func rangeBoundsFollowRuby() throws {
        #expect(try render("{{ (a..3) | join }}", ["a": "x"]) == "0 1 2 3")
        #expect(try render("{{ (1.9..3.2) | join }}") == "1 2 3")
        #expect(throws: LiquidError.self) { try render("{{ (a..3) | join }}", ["a": 1.5]) }
    }

    @Test func integerSizeIsItsByteWidth() throws {
        #expect(try render("{{ n.size }} {{ n | size }} {{ f.size }}", ["n": 42, "f": 1.5]) == "8 8 ")
    }

    @Test func emptyOutputIsNothing() throws {
        #expect(try render("[{{ }}{{- -}}]") == "[]")
        #expect(try render("[{{ }}]", options: LiquidOptions(mode: .strict)) == "[]")
    }

    @Test func rawBodiesAreNeverTrimmed() throws {
        #expect(try render("a {%- raw -%} x {%- endraw -%} b") == "a x b")
        #expect(throws: LiquidError.self) { try render("{% raw x %}{% endraw %}") }
    }

    @Test func docBodiesAreNotParsed() throws {
        #expect(try render("{% doc %}{% if {{ {% raw %}{% enddoc %}ok") == "ok")
        #expect(throws: LiquidError.self) { try render("{% doc x %}{% enddoc %}") }
        #expect(throws: LiquidError.self) { try render("{% doc %}{% doc %}{% enddoc %}") }
    }

    @Test func assignAndCaptureNamesFollowRuby() throws {
        #expect(try render("{% assign 1st = 'a' %}{% capture 2nd %}b{% endcapture %}{{ ['1st'] }}{{ ['2nd'] }}") == "ab")
        #expect(throws: LiquidError.self) { try render("{% assign a? = 1 %}") }
    }

    @Test func tablerowTruncatesFloatColumns() throws {
        let out = try render("{% tablerow i in (1..3) cols: 2.9 %}{{ i }}{% endtablerow %}")
        #expect(out.contains("<tr class=\"row2\"><td class=\"col1\">3</td>"))
    }

    @Test func unnamedCyclesWithTheSameValuesShareAPosition() throws {
        #expect(try render("{% cycle 'a', 'b' %}{% cycle \"a\",\"b\" %}{% cycle 'a', 'c' %}") == "aba")
        #expect(try render("{% cycle 'a' 'x', 'b' %}{% cycle 'a', 'b' %}") == "ab")
        #expect(throws: LiquidError.self) { try render("{% cycle %}") }
        #expect(throws: LiquidError.self) { try render("{% cycle 'a' 'x' %}", options: LiquidOptions(mode: .strict)) }
    }

    @Test func reversedCountsOnlyRightAfterTheCollection() throws {
        #expect(try render("{% for i in (1..3) reversed limit:2 %}{{ i }}{% endfor %}") == "21")
        #expect(try render("{% for i in (1..3) limit:2 reversed %}{{ i }}{% endfor %}") == "12")
        #expect(throws: LiquidError.self) {
            try render("{% for i in (1..3) limit:2 reversed %}{% endfor %}", options: LiquidOptions(mode: .strict))
        }
    }

    @Test func forLimitMustBeAnInteger() throws {
        #expect(try render("{% for i in (1..5) limit: '2' %}{{ i }}{% endfor %}") == "12")
        #expect(throws: LiquidError.self) { try render("{% for i in (1..5) limit: 2.5 %}{% endfor %}") }
    }
}
