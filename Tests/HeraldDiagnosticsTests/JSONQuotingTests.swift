import Foundation
import HeraldDiagnostics
import Testing

@Suite struct JSONQuotingTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\" \\ bye", #""say \"hi\" \\ bye""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("\u{1}\u{1F}\u{7F}", #""\u0001\u001f\u007f""#),
        ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
        ("Grüße € 😀 /", "\"Grüße € 😀 /\""),
        ("", #""""#),
    ])
    func escapesWhatJSONAndJavaScriptNeed(text: String, expected: String) {
        #expect(JSONQuoting.quoted(text) == expected)
    }

    @Test(arguments: ["say \"hi\"\n", "\u{0}\u{8}\u{C}\u{1B}", "é\u{2028}\u{E2}x", "Ünïcödé 😀", "trailing \\"])
    func anIndependentParserReadsTheTextBack(text: String) throws {
        let literal = Data("[\(JSONQuoting.quoted(text))]".utf8)
        let decoded = try #require(try JSONSerialization.jsonObject(with: literal) as? [String])
        #expect(decoded == [text])
    }
}
