import HeraldDiagnostics
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

    @Test func brokenSchemaIsReportedAtLoad() throws {
        let directory = try TemporaryDirectory()
        try directory.write("broken.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"a\" type=\"nope\"/></xs:schema>")
        let validator = XMLValidator(schemasDirectory: directory.path)
        #expect(validator.schemaNames.isEmpty)
        #expect(validator.loadDiagnostics.codes.contains("xml.schema-unavailable"))
    }
}
