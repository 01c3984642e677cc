import HeraldDiagnostics
import HeraldXML
import Testing

@Suite struct XHTMLValidationTests {
    let validator = TestValidator.shared

    @Test func validStrictDocumentPasses() {
        #expect(validator.validateXHTML(Documents.validStrict, file: "s.xhtml") == [])
    }

    @Test func validTransitionalDocumentWithDTDEntitiesPasses() {
        #expect(validator.validateXHTML(Documents.validTransitional, file: "t.xhtml") == [])
    }

    @Test func validXHTML11DocumentPasses() {
        let document = Documents.xhtml("xhtml11", body: "<p>Due <em>today</em></p>")
        #expect(validator.validateXHTML(document, file: "x.xhtml") == [])
    }

    @Test func unknownElementIsReportedWithItsName() throws {
        let diagnostics = validator.validateXHTML(Documents.unknownElement, file: "u.xhtml")
        let error = try #require(diagnostics.errors.first { $0.message.contains("'blink'") })
        #expect(error.code == .xmlDTDInvalid)
        #expect(error.message.contains("XHTML 1.0 Strict"))
        #expect(error.location?.line == 5)
        #expect(error.location?.column == 8)
    }

    @Test func missingAltOnImageSaysHowToFixIt() throws {
        let diagnostics = validator.validateXHTML(Documents.missingAlt, file: "m.xhtml")
        let error = try #require(diagnostics.errors.first)
        #expect(diagnostics.errors.count == 1)
        #expect(error.code == .xmlDTDInvalid)
        #expect(error.message == "element 'img' is missing required attribute 'alt'")
        #expect(error.help == "add an alt attribute; use alt=\"\" for decorative images")
        #expect(error.location == SourceLocation(file: "m.xhtml", line: 6, column: 3, length: 4))
    }

    @Test func undeclaredAttributeIsReported() throws {
        let diagnostics = validator.validateXHTML(Documents.undeclaredAttribute, file: "r.xhtml")
        let error = try #require(diagnostics.errors.first)
        #expect(error.code == .xmlDTDInvalid)
        #expect(error.message == "attribute 'role' is not allowed on <table> in XHTML 1.0 Transitional")
        #expect(error.location?.column == 8)
    }

    @Test func strictRejectsTransitionalOnlyElements() {
        let diagnostics = validator.validateXHTML(Documents.strictRejectsTransitional, file: "c.xhtml")
        #expect(diagnostics.errors.contains { $0.message.contains("'center'") })
        let asTransitional = validator.validateXHTML(
            Documents.strictRejectsTransitional, file: "c.xhtml", as: .transitional)
        #expect(asTransitional.errors.isEmpty)
    }

    @Test func misspelledElementGetsASuggestion() throws {
        let document = Documents.xhtml("strict", body: "<p>Pay <strnog>now</strnog></p>")
        let error = try #require(validator.validateXHTML(document, file: "d.xhtml").errors.first)
        #expect(error.suggestion == "did you mean 'strong'?")
    }

    @Test func missingDoctypeIsUnknownDoctype() {
        let document = Array("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body/></html>".utf8)
        #expect(validator.validateXHTML(document, file: "n.xhtml").codes == ["xml.unknown-doctype"])
    }

    @Test func unknownPublicIdentifierIsUnknownDoctype() throws {
        let document = Array(
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"x.dtd\">\n<html><head><title>x</title></head><body></body></html>".utf8)
        let error = try #require(validator.validateXHTML(document, file: "h.xhtml").first)
        #expect(error.code == .xmlUnknownDoctype)
        #expect(error.message.contains("-//W3C//DTD HTML 4.01//EN"))
    }

    @Test func entityUnknownToTheDTDIsAnError() throws {
        let document = Documents.xhtml("strict", body: "<p>Total&nbspp;due</p>")
        let error = try #require(validator.validateXHTML(document, file: "e.xhtml").errors.first)
        #expect(error.code == "xml.undeclared-entity")
        #expect(error.location?.line == 5)
    }

    @Test func notWellFormedXHTMLStopsBeforeValidation() {
        let document = Documents.xhtml("strict", body: "<p>unclosed")
        #expect(validator.validateXHTML(document, file: "w.xhtml").errors.codes.allSatisfy { $0 == "xml.not-well-formed" })
    }

    @Test(arguments: XHTMLFlavor.allCases)
    func flavorRoundTripsThroughItsPublicIdentifier(_ flavor: XHTMLFlavor) {
        #expect(XHTMLFlavor(publicIdentifier: flavor.publicIdentifier) == flavor)
    }
}
