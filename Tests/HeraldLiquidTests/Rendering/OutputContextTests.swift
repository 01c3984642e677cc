import HeraldLiquid
import Testing

@Suite struct OutputContextTests {
    let data: LiquidValue = ["name": "Tom & \"Jerry\" <b>'s</b>", "amount": 12, "html": "<b>bold</b>"]

    @Test func xmlTextOutputIsEscaped() throws {
        #expect(
            try render("<p>{{ name }}</p>", data, output: .xml)
                == "<p>Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;</p>")
    }

    @Test func xmlAttributeOutputIsEscapedForBothQuoteStyles() throws {
        #expect(
            try render("<a title=\"{{ name }}\" alt='{{ name }}'/>", data, output: .xml)
                == "<a title=\"Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;\" alt='Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;'/>")
    }

    @Test func plainTextNeverEscapes() throws {
        #expect(try render("{{ name }}", data, output: .text) == "Tom & \"Jerry\" <b>'s</b>")
    }

    @Test func templateMarkupIsNotEscaped() throws {
        #expect(try render("<p class=\"a\">&amp;</p>", data, output: .xml) == "<p class=\"a\">&amp;</p>")
    }

    @Test func echoCycleAndFilterResultsAreEscaped() throws {
        let source = "{% echo name | upcase %}|{% cycle '<a>', 'b' %}|{{ '<' | append: '&' }}"
        #expect(try render(source, data, output: .xml) == "TOM &amp; &quot;JERRY&quot; &lt;B&gt;&#39;S&lt;/B&gt;|&lt;a&gt;|&lt;&amp;")
    }

    @Test func authorEscapedOutputIsNotEscapedTwice() throws {
        let data: LiquidValue = ["name": "O'Brien & Co"]
        #expect(try render("{{ name | escape }}", data, output: .xml) == "O&#39;Brien &amp; Co")
        #expect(try render("{{ name | h }}", data, output: .xml) == "O&#39;Brien &amp; Co")
        #expect(try render("{{ '&amp; &' | escape_once }}", output: .xml) == "&amp; &amp;")
    }

    @Test func everySpecialCharacterIsEscapedWhereverItStandsInAValue() throws {
        // The escaper checks eight bytes at a time: put each character it must change at every
        // position of values shorter and longer than a few words, among ordinary bytes (ASCII,
        // and multi-byte characters whose bytes are close to the special ones).
        let specials: [(Character, String)] = [
            ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;"),
            ("\u{1}", "\u{FFFD}"), ("\u{1F}", "\u{FFFD}"), ("\u{FFFE}", "\u{FFFD}"), ("\u{FFFF}", "\u{FFFD}"),
        ]
        let ordinary = Array("ab=c?d%e(f)g;h€i\u{FFFD}j\u{EFFF}k l\tm\nn")
        for length in [1, 7, 8, 9, 15, 16, 17, 24, 25] {
            for position in 0..<length {
                for (special, escaped) in specials {
                    var characters = Array(ordinary.prefix(length))
                    characters[position] = special
                    let value = String(characters)
                    let expected = String(characters[..<position]) + escaped + String(characters[(position + 1)...])
                    #expect(try render("{{ v }}", ["v": .string(value)], output: .xml) == expected)
                }
            }
            let plain = String(ordinary.prefix(length))
            #expect(try render("{{ v }}", ["v": .string(plain)], output: .xml) == plain)
        }
    }

    @Test func numbersAndArraysRenderThroughTheEscaper() throws {
        #expect(try render("{{ amount }} {{ list }}", ["amount": 3, "list": ["<", ">"]], output: .xml) == "3 &lt;&gt;")
    }

    @Test func capturedMarkupIsPrintedOnce() throws {
        let source = "{% capture c %}<b>{{ name }}</b>{% endcapture %}<p>{{ c }}</p>"
        #expect(
            try render(source, ["name": "O'Brien"], output: .xml) == "<p><b>O&#39;Brien</b></p>")
    }

    @Test func capturedMarkupReachesPartialsAndAliasesUnchanged() throws {
        let source = "{% capture body %}<p>{{ name }}</p>{% endcapture %}{% assign copy = body %}{{ copy }}"
            + "{% render 'layout', content: body %}"
        let out = try render(source, ["name": "A&B"], output: .xml, templates: ["layout": "<div>{{ content }}</div>"])
        #expect(out == "<p>A&amp;B</p><div><p>A&amp;B</p></div>")
    }

    @Test func capturedMarkupIsTextAgainOnceChangedOrReassigned() throws {
        let filtered = "{% capture c %}<b>{% endcapture %}{{ c | upcase }}"
        #expect(try render(filtered, output: .xml) == "&lt;B&gt;")
        let reassigned = "{% capture c %}<b>{% endcapture %}{% assign c = '<i>' %}{{ c }}"
        #expect(try render(reassigned, output: .xml) == "&lt;i&gt;")
        let shadowed = "{% capture c %}<b>{% endcapture %}{% for c in (1..1) %}{{ c }}{% endfor %}{{ c }}"
        #expect(try render(shadowed, output: .xml) == "1<b>")
    }

    @Test func rawXMLMarksTrustedMarkup() throws {
        #expect(try render("<div>{{ html | raw_xml }}</div>", data, output: .xml) == "<div><b>bold</b></div>")
    }

    @Test func rawXMLMustEndTheChain() throws {
        #expect(try render("{{ html | raw_xml | upcase }}", data, output: .xml) == "&lt;B&gt;BOLD&lt;/B&gt;")
    }

    @Test func rawXMLIsHarmlessInTextTemplates() throws {
        #expect(try render("{{ html | raw_xml }}", data, output: .text) == "<b>bold</b>")
    }

    @Test func rawXMLIsAKnownFilterForStrictFilters() throws {
        #expect(try render("{{ html | raw_xml }}", data, options: strictOptions, output: .xml) == "<b>bold</b>")
        #expect(LiquidEnvironment().filterNames.contains("raw_xml"))
    }

    @Test func partialsInheritTheOutputContext() throws {
        let out = try render("{% render 'p', v: name %}", data, output: .xml, templates: ["p": "<i>{{ v }}</i>"])
        #expect(out == "<i>Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;</i>")
    }
}

@Suite struct ControlCharacterTests {
    // XML 1.0 forbids C0 controls other than tab, LF and CR, and U+FFFE / U+FFFF. Herald
    // replaces each with U+FFFD in XML templates, so customer data can never make a document
    // ill-formed; text templates pass data through untouched.
    let data: LiquidValue = ["name": "A\u{0}B\u{1}C\u{8}D\u{B}E\u{C}F\u{1F}G\u{FFFE}H\u{FFFF}I", "ok": "a\tb\nc\rd\u{7F}\u{85}é"]

    @Test func forbiddenCharactersBecomeReplacementCharacters() throws {
        #expect(try render("{{ name }}", data, output: .xml) == "A\u{FFFD}B\u{FFFD}C\u{FFFD}D\u{FFFD}E\u{FFFD}F\u{FFFD}G\u{FFFD}H\u{FFFD}I")
    }

    @Test func allowedCharactersPassThrough() throws {
        #expect(try render("{{ ok }}", data, output: .xml) == "a\tb\nc\rd\u{7F}\u{85}é")
    }

    @Test func rawXMLIsStillSanitized() throws {
        #expect(try render("{{ name | raw_xml }}", data, output: .xml).unicodeScalars.allSatisfy { $0.value >= 0x20 })
    }

    @Test func templateTextIsSanitizedToo() throws {
        #expect(try render("a\u{1}b", output: .xml) == "a\u{FFFD}b")
    }

    @Test func textTemplatesKeepControlCharacters() throws {
        #expect(try render("{{ name }}", data, output: .text) == "A\u{0}B\u{1}C\u{8}D\u{B}E\u{C}F\u{1F}G\u{FFFE}H\u{FFFF}I")
    }

    @Test func customTagOutputIsSanitizedAndEscaped() throws {
        let tag = EchoTag(name: "shout")
        #expect(try render("{% shout 'a\u{2}<' %}", output: .xml, tags: [tag]) == "A\u{FFFD}&lt;")
    }
}

/// A host tag that upper-cases its argument.
struct EchoTag: LiquidTag {
    var name: String
    var isBlock = false
    func render(argument: LiquidValue?, body: String?, context: FilterContext) throws -> String {
        (argument?.stringValue ?? "").uppercased() + (body ?? "")
    }
}
