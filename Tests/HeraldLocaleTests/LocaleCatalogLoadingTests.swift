import Foundation
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

    @Test func fileThatIsNotUTF8IsReportedOnceAtItsPath() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("herald-locales-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("en:\n  a: x\n".utf8).write(to: directory.appendingPathComponent("en.yml"))
        try Data([0x6E, 0x6C, 0x3A, 0x20, 0xFF, 0xFE]).write(to: directory.appendingPathComponent("nl.yml"))
        let error = try #require(#expect(throws: DiagnosticError.self) {
            try LocaleCatalog.load(directory: directory, defaultLocale: "en", displayPrefix: "locales")
        })
        #expect(error.diagnostics.map(\.code) == ["locale.unreadable-file"])
        #expect(error.diagnostics.first?.message == "'locales/nl.yml' is not UTF-8 text")
        #expect(error.diagnostics.first?.location == SourceLocation(file: "locales/nl.yml", line: 1))
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

    @Test func secondTopLevelKeyIsPointedAt() throws {
        let diagnostics = errors([("locales/en.yml", "en:\n  a: x\nnl:\n  b: y\n")])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == "locale.bad-root")
        #expect(diagnostic.message.hasSuffix("but 'nl' is a second one"))
        #expect(diagnostic.location?.line == 3)
    }

    @Test func fileWithoutKeysIsABadRootAtItsStart() throws {
        let diagnostics = errors([("locales/en.yml", "just a sentence\n")])
        #expect(diagnostics.first?.code == "locale.bad-root")
        #expect(diagnostics.first?.location?.line == 1)
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
        #expect(diagnostics.first?.message == "'a': unclosed placeholder in 'Dear %{name'")
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
