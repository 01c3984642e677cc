import Foundation
import HeraldDiagnostics
import HeraldTesting
import HeraldXML
import Testing

@Suite struct SchemaValidationTests {
    let validator = TestValidator.shared

    @Test func fixtureSchemaLoadsWithoutDiagnostics() {
        #expect(validator.loadDiagnostics == [])
        #expect(validator.schemaNames == ["invoice-note.xsd"])
    }

    @Test func rootElementMapsToTheSchemaThatDeclaresIt() {
        let root = QualifiedName(name: "invoice-note", namespace: Documents.noteNamespace)
        #expect(validator.schemaName(forRoot: root) == "invoice-note.xsd")
        #expect(validator.schemaName(forRoot: QualifiedName(name: "invoice-note", namespace: nil)) == nil)
    }

    @Test func validDocumentPasses() {
        #expect(validator.validate(Documents.validNote, file: "n.xml", againstSchema: "invoice-note.xsd") == [])
        #expect(validator.validateXML(Documents.validNote, file: "n.xml") == [])
    }

    @Test func invalidValueIsReportedWithLine() throws {
        let diagnostics = validator.validate(Documents.invalidNote, file: "n.xml", againstSchema: "invoice-note.xsd")
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.code == .xmlSchemaInvalid)
        #expect(error.location?.line == 4)
        #expect(error.location?.column == 3)
        #expect(error.message.contains("'amount'"))
    }

    @Test func validateXMLPicksTheSchemaByRootElement() {
        #expect(validator.validateXML(Documents.invalidNote, file: "n.xml").codes == ["xml.schema-invalid"])
    }

    @Test func documentWithoutMatchingSchemaIsOnlyCheckedForWellFormedness() {
        #expect(validator.validateXML(Array("<other><x/></other>".utf8), file: "o.xml") == [])
    }

    @Test func unknownSchemaNameSuggestsTheClosest() throws {
        let error = try #require(
            validator.validate(Documents.validNote, file: "n.xml", againstSchema: "invoice-nte.xsd").first)
        #expect(error.code == "xml.schema-unavailable")
        #expect(error.suggestion == "did you mean 'invoice-note.xsd'?")
    }

    /// `herald validate` passes `./schemas` by default; the entity loader opens only absolute
    /// paths, so a relative directory must still load (it used to fail as "cannot read schema").
    @Test func relativeSchemaDirectoryLoads() {
        let relative = relativePath(from: FileManager.default.currentDirectoryPath, to: TestValidator.fixtures + "schemas")
        #expect(!relative.hasPrefix("/"))
        let validator = XMLValidator(schemasDirectory: relative)
        #expect(validator.loadDiagnostics == [])
        #expect(validator.validateXML(Documents.invalidNote, file: "n.xml").codes == ["xml.schema-invalid"])
    }

    private func relativePath(from base: String, to target: String) -> String {
        let from = base.split(separator: "/"), to = target.split(separator: "/")
        let common = zip(from, to).prefix { $0 == $1 }.count
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to.dropFirst(common).map(String.init)).joined(separator: "/")
    }

    @Test func brokenSchemaIsReportedAtLoad() throws {
        let directory = try TemporaryFolder(prefix: "herald-xml-tests")
        try directory.write("broken.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"a\" type=\"nope\"/></xs:schema>")
        let validator = XMLValidator(schemasDirectory: directory.path)
        #expect(validator.schemaNames.isEmpty)
        #expect(validator.loadDiagnostics.codes.contains("xml.schema-unavailable"))
    }
}
