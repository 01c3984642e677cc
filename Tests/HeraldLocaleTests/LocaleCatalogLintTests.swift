import HeraldDiagnostics
import HeraldLocale
import Testing

@Suite struct LocaleCatalogLintTests {
    @Test func missingKeysAreReportedPerLanguageWithWhereToAddThem() throws {
        let catalog = try Fixtures.catalog()
        let missing = catalog.missingKeys()
        let summary = missing.map { "\($0.locale) \($0.key)" }
        #expect(
            summary == [
                "de common.percent_sign", "de only_english", "fr common.percent_sign", "fr only_english",
                "nl common.percent_sign", "nl only_english",
            ])
        let nlPercent = try #require(missing.first { $0.locale.rawValue == "nl" && $0.key == "common.percent_sign" })
        #expect(nlPercent.location == SourceLocation(file: "locales/nl.yml", line: 2, column: 3, length: 6))
        #expect(nlPercent.reference == SourceLocation(file: "locales/en.yml", line: 4, column: 5, length: 12))
        #expect(nlPercent.diagnostic.code == "locale.missing-key")
    }

    @Test func regionalFileIsCheckedOnlyWithoutALanguageFile() throws {
        let catalog = try LocaleCatalog.parse(files: [
            ("locales/en.yml", "en:\n  a: A\n  b: B\n"), ("locales/pt-BR.yml", "pt-BR:\n  a: A\n"),
        ])
        #expect(catalog.missingKeys().map { "\($0.locale) \($0.key)" } == ["pt-BR b"])
    }

    @Test func lintReportsMissingPluralFormsAndUnknownKeys() throws {
        let catalog = try LocaleCatalog.parse(files: [
            ("locales/en.yml", "en:\n  items:\n    one: \"1 item\"\n    other: \"%{count} items\"\n"),
            ("locales/fr.yml", "fr:\n  items:\n    one: \"1 article\"\n    other: \"%{count} articles\"\n  itemz: x\n"),
        ])
        let codes = catalog.lint().map { "\($0.code) \($0.location?.description ?? "")" }
        #expect(codes.contains("locale.missing-plural-form locales/fr.yml:2:3"))
        #expect(codes.contains("locale.unknown-key locales/fr.yml:5:3"))
    }
}
