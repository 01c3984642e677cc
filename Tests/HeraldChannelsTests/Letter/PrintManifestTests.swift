import Foundation
import HeraldChannels
import HeraldTesting
import HeraldDiagnostics
import Testing

@Suite struct PrintManifestTests {
    let audit = AuditFields(
        idempotencyKey: "k-letter-1", customerID: "C-1001", segment: "high-exposure", stage: "final-notice",
        template: "templates/final-notice/letter.xhtml.liquid")
    let document = Array(LetterLayoutTests.sampleLetter().utf8)

    static func validate(_ xml: String) throws -> ExternalTool.Result {
        let schema = ExternalTool.packageRoot.appendingPathComponent("schemas/print-manifest.xsd").path
        return try ExternalTool.withTemporaryFile(named: "manifest.xml", contents: Data(xml.utf8)) { path in
            try ExternalTool.run(["xmllint", "--noout", "--nonet", "--schema", schema, path])
        }
    }

    func manifest(lines: [String] = ["Frau", "Anna Müller", "Ringstraße 12", "50668 Köln"]) throws -> PrintManifest {
        try PrintManifestBuilder.build(
            id: "L-1001", addressLines: lines, country: "de", postage: .registered, documentFile: "L-1001.xhtml",
            document: document, audit: audit)
    }

    @Test func manifestValidatesAgainstTheSchema() throws {
        let manifest = try manifest()
        #expect(manifest.country == "DE")
        let result = try Self.validate(manifest.xml)
        #expect(result.status == 0, "xmllint: \(result.stderr)")
    }

    @Test func documentHashAgreesWithSha256sum() throws {
        let manifest = try manifest()
        let result = try ExternalTool.withTemporaryFile(named: "L-1001.xhtml", contents: Data(document)) { path in
            try ExternalTool.run(["sha256sum", path])
        }
        #expect(result.stdout.hasPrefix(manifest.documentSHA256 + " "))
        #expect(manifest.documentSize == document.count)
    }

    @Test func dataIsXMLEscaped() throws {
        let manifest = try manifest(lines: ["Müller & Söhne <GmbH>", "\"Zentrale\" 'Nord'", "Weg 1\u{0B}", "1234 AB Ort"])
        #expect(manifest.xml.contains("<line>Müller &amp; Söhne &lt;GmbH&gt;</line>"))
        #expect(manifest.xml.contains("<line>&quot;Zentrale&quot; &#39;Nord&#39;</line>"))
        #expect(manifest.xml.contains("<line>Weg 1</line>"))
        #expect(try Self.validate(manifest.xml).status == 0)
    }

    @Test func theSchemaRejectsWhatTheProductMustNotWrite() throws {
        let good = try manifest().xml
        for bad in [
            good.replacing("<segment>high-exposure</segment>", with: "<segment>Top Kunden</segment>"),
            good.replacing("<stage>final-notice</stage>", with: "<stage></stage>"),
            good.replacing("<customer-id>C-1001</customer-id>", with: "<customer-id>C-1001\n</customer-id>"),
            good.replacing("<customer-id>C-1001</customer-id>", with: "<customer-id>C-1001\nX</customer-id>"),
            good.replacing("<postage>registered</postage>", with: "<postage>express</postage>"),
            good.replacing("<country>DE</country>", with: "<country>Deutschland</country>"),
            good.replacing("<line>Frau</line>", with: String(repeating: "<line>x</line>", count: 4)),
        ] {
            #expect(try Self.validate(bad).status != 0)
        }
    }

    @Test func segmentsAndStagesAreAnyPolicyID() throws {
        // herald.yaml defines them; the schema checks their form only (lowercase, digits, '-').
        let good = try manifest().xml
        let renamed = good.replacing("<segment>high-exposure</segment>", with: "<segment>fleet-lease</segment>")
            .replacing("<stage>final-notice</stage>", with: "<stage>reminder-3</stage>")
        let result = try Self.validate(renamed)
        #expect(result.status == 0, "xmllint: \(result.stderr)")
    }

    @Test func textFieldsMayHoldInnerSpacesAndTabsButNoOuterSpace() throws {
        let good = try manifest().xml
        let inner = good.replacing("<customer-id>C-1001</customer-id>", with: "<customer-id>C 10\t01</customer-id>")
        #expect(try Self.validate(inner).status == 0)
        for bad in [" C-1001", "C-1001 ", "\tC-1001"] {
            let xml = good.replacing("<customer-id>C-1001</customer-id>", with: "<customer-id>\(bad)</customer-id>")
            #expect(try Self.validate(xml).status != 0, "'\(bad)'")
        }
    }

    func batch(_ manifests: [PrintManifest]) -> String {
        let entries = manifests.map { String($0.xml.dropFirst(PrintManifest.xmlDeclaration.count)) }
        return String(decoding: PrintManifest.batchHeader, as: UTF8.self) + entries.joined()
            + String(decoding: PrintManifest.batchFooter, as: UTF8.self)
    }

    @Test func aBatchOfManifestsValidatesAgainstTheSchema() throws {
        var second = try manifest()
        second.id = "L-1002"
        second.documentFile = "L-1002.xhtml"
        let xml = batch([try manifest(), second])
        #expect(xml.hasPrefix(PrintManifest.xmlDeclaration + "<print-batch "))
        let result = try Self.validate(xml)
        #expect(result.status == 0, "xmllint: \(result.stderr)")
    }

    @Test func aBatchNamingOneLetterTwiceIsInvalid() throws {
        var sameFile = try manifest()
        sameFile.id = "L-1002"
        var sameID = try manifest()
        sameID.documentFile = "L-1002.xhtml"
        #expect(try Self.validate(batch([try manifest(), sameFile])).status != 0)
        #expect(try Self.validate(batch([try manifest(), sameID])).status != 0)
    }

    @Test func badDataIsRejectedWithReasons() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try PrintManifestBuilder.build(
                id: "L-1", addressLines: Array(repeating: "x", count: 7), country: "Germany", documentFile: "../x",
                document: [], audit: audit)
        }
        #expect(error.diagnostics.map(\.code) == ["letter.address-lines", "letter.invalid-country", "letter.invalid-file-name"])
        #expect(error.diagnostics[0].message.contains("7 lines"))
    }
}
