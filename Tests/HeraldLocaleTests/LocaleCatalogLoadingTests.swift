import HeraldDiagnostics
import HeraldLocale
import Testing

@Suite struct LocaleCatalogLoadingTests {
    private func errors(_ files: [(path: String, source: String)], defaultLocale: String = "en") -> [Diagnostic] {
        do {
            _ = try LocaleCatalog.parse(files: files, defaultLocale: defaultLocale)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func badYAMLReportsFileLineAndColumn() throws {
        let diagnostics = errors([
            ("locales/en.yml", "en:\n  a: \"x\"\n  b: \"unterminated\n  c: d\n")
        ])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == "locale.bad-yaml")
        #expect(diagnostic.location?.file == "locales/en.yml")
        #expect(diagnostic.location?.line == 5)
        #expect(diagnostic.location?.column != nil)
    }

    @Test func topLevelKeyMustMatchFileName() throws {
        let diagnostics = errors([("locales/en.yml", "en:\n  a: x\n"), ("locales/nl.yml", "de:\n  a: y\n")])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == "locale.root-mismatch")
        #expect(diagnostic.location == SourceLocation(file: "locales/nl.yml", line: 1, column: 1, length: 2))
    }

    @Test func duplicateKeyIsAnError() throws {
        let diagnostics = errors([("locales/en.yml", "en:\n  a: x\n  a: y\n")])
        #expect(diagnostics.first?.code == "locale.duplicate-key")
        #expect(diagnostics.first?.location?.line == 2)
    }

    @Test func pluralWithoutOtherIsAnError() throws {
        let diagnostics = errors([("locales/en.yml", "en:\n  items:\n    one: \"1 item\"\n")])
        #expect(diagnostics.first?.code == "locale.missing-other")
        #expect(diagnostics.first?.location?.line == 2)
    }

    @Test func unclosedPlaceholderIsAnError() throws {
        let diagnostics = errors([("locales/en.yml", "en:\n  a: \"Dear %{name\"\n")])
        #expect(diagnostics.first?.code == "locale.bad-placeholder")
        #expect(diagnostics.first?.location?.line == 2)
    }

    @Test func defaultLocaleNeedsAFile() throws {
        let diagnostics = errors([("locales/nl.yml", "nl:\n  a: x\n")])
        #expect(diagnostics.map(\.code) == ["locale.missing-default"])
        #expect(diagnostics.first?.help == "add locales/en.yml")
    }

    @Test func listsAreRejected() throws {
        let diagnostics = errors([("locales/en.yml", "en:\n  months:\n    - January\n")])
        #expect(diagnostics.first?.code == "locale.unsupported-value")
    }

    @Test func keysRecordTheirLocation() throws {
        let catalog = try LocaleCatalog.parse(files: [("locales/en.yml", "en:\n  group:\n    key: \"text\"\n")])
        #expect(catalog.lookup("group.key", locale: "en")?.location == SourceLocation(file: "locales/en.yml", line: 3, column: 5, length: 3))
    }
}
