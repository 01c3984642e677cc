import HeraldLiquid
import Testing

@Suite struct WhitespaceControlTests {
    @Test func dashesStripAllAdjacentWhitespace() throws {
        #expect(try render("a  \n\t {{- 'b' -}} \r\n  c") == "abc")
        #expect(try render("a \n {%- assign x = 1 -%} \n b") == "ab")
    }

    @Test func stripsOnlyOnTheDashedSide() throws {
        #expect(try render("a {{- 'b' }} c") == "ab c")
        #expect(try render("a {{ 'b' -}} c") == "a bc")
    }

    @Test func blankBlocksSuppressTheirWhitespace() throws {
        let source = "<ul>\n{% for i in (1..2) %}\n  {% assign x = i %}\n{% endfor %}\n</ul>"
        #expect(try render(source) == "<ul>\n\n</ul>")
    }

    @Test func blocksWithOutputKeepTheirWhitespace() throws {
        #expect(try render("{% if true %} {{ 'x' }} {% endif %}") == " x ")
        #expect(try render("{% if true %} {% echo 'x' %} {% endif %}") == " x ")
    }

    @Test func blanknessFollowsRubyForRawAndTablerow() throws {
        #expect(try render("a{% if true %} {% raw %}{% endraw %} {% endif %}b") == "ab")
        #expect(try render("a{% if true %} {% raw %}x{% endraw %} {% endif %}b") == "a x b")
        #expect(
            try render("{% if true %} {% tablerow i in (1..1) %}{% endtablerow %} {% endif %}")
                == "<tr class=\"row1\">\n<td class=\"col1\"></td></tr>\n")
    }

    @Test func typicalEmailLoopRendersTidily() throws {
        let source = """
            Invoices:
            {%- for i in invoices %}
              - {{ i }}
            {%- endfor %}
            Done
            """
        #expect(try render(source, ["invoices": ["A", "B"]]) == "Invoices:\n  - A\n  - B\nDone")
    }

    @Test func liquidTagLinesAndComments() throws {
        let source = """
            {%- liquid
              # pick a greeting
              assign hour = 9
              if hour < 12
                echo 'Good morning'
              else
                echo 'Hello'
              endif
            -%}
            !
            """
        #expect(try render(source) == "Good morning!")
    }

    @Test func rawKeepsMarkupVerbatim() throws {
        #expect(try render("{% raw %}{{ x }}{% if %}{% endraw %}") == "{{ x }}{% if %}")
    }

    @Test func commentsAndDocsRenderNothing() throws {
        #expect(try render("a{% comment %}{{ x }}{% if %}{% endcomment %}b{% doc %}{{ y{% enddoc %}c{% # note %}") == "abc")
    }
}
