import HeraldLocale
import Testing

@Suite struct LocaleTagTests {
    @Test(arguments: [("nl-BE", "nl-BE"), ("NL_be", "nl-BE"), ("de", "de"), ("zh-hant-tw", "zh-Hant-TW")])
    func normalisesCase(input: String, expected: String) throws {
        #expect(try #require(LocaleTag(input)).rawValue == expected)
    }

    @Test(arguments: ["", "n", "nl--BE", "nl-BE!", "12"])
    func rejectsMalformedTags(input: String) {
        #expect(LocaleTag(input) == nil)
    }

    @Test func regionalTagFallsBackToLanguageThenDefault() throws {
        let chain = try #require(LocaleTag("nl-BE")).fallbackChain(defaultLocale: try #require(LocaleTag("en")))
        #expect(chain.map(\.rawValue) == ["nl-BE", "nl", "en"])
    }

    @Test func defaultLocaleIsNotRepeated() throws {
        let chain = try #require(LocaleTag("en-GB")).fallbackChain(defaultLocale: try #require(LocaleTag("en")))
        #expect(chain.map(\.rawValue) == ["en-GB", "en"])
    }
}
