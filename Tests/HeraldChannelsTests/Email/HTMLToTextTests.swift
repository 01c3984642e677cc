import HeraldChannels
import Testing

@Suite struct HTMLToTextTests {
    @Test func convertsTheSampleMail() {
        let text = HTMLToText.convert(EmailFixtures.html)
        #expect(text == """
            Sehr geehrte Frau Müller,

            für die folgenden Rechnungen haben wir noch keine Zahlung erhalten & bitten
            um Überweisung:

            Rechnung | Fällig | Betrag
            2026-0042 | 05.11.2026 | 1.234,56 €

            Jetzt online bezahlen (https://pay.example.test/p/abc?x=1&y=2).
            Mit freundlichen Grüßen

            Autohaus Müller & Söhne

            """)
    }

    @Test func listsGetDashesOrNumbersAndNest() {
        let html = "<ul><li>eins</li><li>zwei<ul><li>innen</li></ul></li></ul><ol><li>a</li><li>b</li></ol>"
        #expect(HTMLToText.convert(html) == "- eins\n- zwei\n\n  - innen\n\n1. a\n2. b\n")
    }

    @Test func breaksEntitiesAndWhitespace() {
        let html = "<p>A&nbsp;&amp;&#160;B&#x20AC;  \n  C<br/>D<br /><br/>E &lt;tag&gt; &unknown; &#8211;</p>"
        #expect(HTMLToText.convert(html) == "A & B€ C\nD\n\nE <tag> &unknown; –\n")
    }

    @Test func hiddenPreheaderStyleAndScriptAreRemoved() {
        let html = """
            <html><head><title>T</title><style>p{}</style></head><body>
            <div class="preheader">Vorschau</div><span hidden="hidden">weg</span>
            <div style="display: none; mso-hide: all">auch weg<div>und innen</div></div>
            <script>var x = "<p>";</script><!-- Kommentar <p> --><p>Sichtbar</p></body></html>
            """
        #expect(HTMLToText.convert(html) == "Sichtbar\n")
    }

    @Test func linksShowTheirURLUnlessItIsTheText() {
        let html = """
            <p><a href="https://a.test/x">Zahlen</a> <a href="https://a.test/y">https://a.test/y</a>
            <a href="mailto:info@a.test">info@a.test</a> <a href="#top">oben</a> <a href="https://a.test/z"><img src="cid:x@y" alt="" /></a></p>
            """
        #expect(HTMLToText.convert(html) == "Zahlen (https://a.test/x) https://a.test/y info@a.test oben\n")
    }

    @Test func longLinesWrapAt76AndLongWordsStayWhole() {
        let words = Array(repeating: "Rechnung", count: 20).joined(separator: " ")
        let url = "https://pay.example.test/" + String(repeating: "x", count: 90)
        let text = HTMLToText.convert("<ul><li>\(words)</li></ul><p>\(url)</p>")
        let lines = text.split(separator: "\n")
        for line in lines where !line.contains("https://") { #expect(line.count <= 76) }
        #expect(lines.contains { $0 == url })
        #expect(lines[1].hasPrefix("  Rechnung"), "list continuation lines are indented")
    }

    @Test func malformedMarkupNeverCrashes() {
        for html in ["<", "<p", "<a href=\"x>y", "</p></div>", "<![CDATA[a & b", "&#xZZ; &#99999999;", "<<>>", "<p><b>x</p>"] {
            _ = HTMLToText.convert(html)
        }
        #expect(HTMLToText.convert("<![CDATA[a &amp; b]]>") == "a &amp; b\n")
    }
}
