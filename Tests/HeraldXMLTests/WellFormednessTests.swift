import HeraldDiagnostics
import HeraldXML
import Testing

@Suite struct WellFormednessTests {
    let validator = TestValidator.shared

    @Test func wellFormedDocumentHasNoDiagnostics() {
        #expect(validator.checkWellFormedness(Array("<a><b/>text</a>".utf8), file: "a.xml").isEmpty)
    }

    @Test func mismatchedTagReportsLineColumnAndCode() throws {
        let source = Array("<root>\n  <p>text</div>\n</root>\n".utf8)
        let diagnostics = validator.checkWellFormedness(source, file: "bad.xml")
        let first = try #require(diagnostics.first)
        #expect(first.code == .xmlNotWellFormed)
        #expect(first.severity == .error)
        #expect(first.location?.file == "bad.xml")
        #expect(first.location?.line == 2)
        #expect(first.location?.column != nil)
        #expect(first.message.contains("'div'"))
        #expect(first.message.contains("'p'"))
        #expect(first.help != nil)
    }

    @Test func unescapedAmpersandSaysToEscapeIt() throws {
        let diagnostics = validator.checkWellFormedness(Array("<a>Tom & Jerry</a>".utf8), file: "amp.xml")
        let first = try #require(diagnostics.errors.first)
        #expect(first.code == .xmlNotWellFormed)
        #expect(first.help?.contains("&amp;") == true)
    }

    @Test func emptyInputIsNotWellFormed() {
        #expect(validator.checkWellFormedness([], file: "empty.xml").errors.codes == ["xml.not-well-formed"])
    }

    @Test func bytesThatAreNotXMLDoNotCrash() {
        let garbage: [UInt8] = [0xFF, 0xFE, 0x00, 0x3C, 0x00, 0xC3, 0x28, 0x3C, 0x3C, 0x21]
        #expect(!validator.checkWellFormedness(garbage, file: "garbage.xml").errors.isEmpty)
    }

    @Test func validateFileReportsUnreadableFile() {
        let diagnostics = validator.validateFile(atPath: "/nonexistent/herald/file.xml")
        #expect(diagnostics.codes == ["xml.unreadable-file"])
    }
}
