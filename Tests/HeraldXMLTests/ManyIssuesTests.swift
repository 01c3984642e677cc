import HeraldDiagnostics
import HeraldXML
import Testing

/// Emails carry many `&nbsp;`s: each is a parser warning until the DTD is applied. However
/// many there are, they must never crowd out a real problem or be reported as one.
@Suite struct ManyIssuesTests {
    let validator = TestValidator.shared

    static func paragraphs(_ count: Int, entity: String = "&nbsp;") -> String {
        (1...count).map { "<p>Line&nbsp;\($0)\(entity)</p>" }.joined(separator: "\n")
    }

    @Test func hundredsOfDeclaredEntitiesStillPass() {
        let document = Documents.xhtml("transitional", body: Self.paragraphs(300))
        #expect(validator.validateXHTML(document, file: "many.xhtml") == [])
    }

    @Test func anErrorAfterHundredsOfEntitiesIsStillReported() throws {
        let body = Self.paragraphs(300) + "\n<p><img src=\"logo.png\" /></p>"
        let document = Documents.xhtml("transitional", body: body)
        let diagnostics = validator.validateXHTML(document, file: "many.xhtml")
        let error = try #require(diagnostics.errors.first)
        #expect(diagnostics.errors.count == 1)
        #expect(error.message == "element 'img' is missing required attribute 'alt'")
        #expect(error.location?.line == 305)
    }

    @Test func undeclaredEntityAmongDeclaredOnesIsAnErrorAtItsPlace() throws {
        let body = Self.paragraphs(150) + "\n<p>Total&nbspp;due</p>\n" + Self.paragraphs(150)
        let document = Documents.xhtml("transitional", body: body)
        let errors = validator.validateXHTML(document, file: "e.xhtml").errors
        #expect(errors.codes == ["xml.undeclared-entity"])
        #expect(errors.first?.location?.line == 155)
        #expect(errors.first?.message == "entity '&nbspp;' is not declared")
    }

    @Test func withoutADTDEachEntityNameIsOneWarningAtItsFirstReference() {
        let document = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE note SYSTEM \"note.dtd\">\n<note>a&x;b&y;\n&x;</note>\n".utf8)
        let diagnostics = validator.checkWellFormedness(document, file: "n.xml")
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics.map(\.message) == ["entity '&x;' is not declared", "entity '&y;' is not declared"])
        #expect(diagnostics.map { $0.location?.line } == [3, 3])
    }

    @Test func problemsBeyondTheLimitAreCountedAndStillFail() throws {
        // 150 images without alt: more validity errors than Herald keeps.
        let body = (1...150).map { _ in "<p><img src=\"l.png\" /></p>" }.joined(separator: "\n")
        let diagnostics = validator.validateXHTML(Documents.xhtml("transitional", body: body), file: "alt.xhtml")
        let last = try #require(diagnostics.last)
        #expect(diagnostics.errors.count == 101)
        #expect(last.code == "xml.too-many-issues")
        #expect(last.message == "50 more problems in this document are not shown")
    }
}
