import HeraldDiagnostics
import HeraldXML
import Testing

/// Many concurrent validations over a mix of good, bad and hostile documents: every result
/// must be right, whichever thread libxml2 ran on.
///
/// This is also the workload of the leak check (docs/xml.md, "Memory"): run it under
/// valgrind's memcheck with `--filter StressTests`.
@Suite struct StressTests {
    struct Case: Sendable {
        var name: String
        var bytes: [UInt8]
        var kind: Kind
        /// The distinct error codes validation must report, sorted.
        var expected: [String]

        enum Kind: Sendable { case xhtml, xml, wellFormedness }
    }

    static let deepNesting = Array(
        ("<?xml version=\"1.0\"?>\n" + String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300))
            .utf8)

    static let cases: [Case] = [
        Case(name: "valid strict", bytes: Documents.validStrict, kind: .xhtml, expected: []),
        Case(name: "valid transitional", bytes: Documents.validTransitional, kind: .xhtml, expected: []),
        Case(
            name: "many entities", bytes: Documents.xhtml("transitional", body: ManyIssuesTests.paragraphs(300)),
            kind: .xhtml, expected: []),
        Case(
            name: "missing alt after many entities",
            bytes: Documents.xhtml("transitional", body: ManyIssuesTests.paragraphs(200) + "<p><img src=\"x.png\" /></p>"),
            kind: .xhtml, expected: ["xml.dtd-invalid"]),
        Case(
            name: "too many problems",
            bytes: Documents.xhtml("transitional", body: String(repeating: "<p><img src=\"l.png\" /></p>\n", count: 150)),
            kind: .xhtml, expected: ["xml.dtd-invalid", "xml.too-many-issues"]),
        Case(name: "unknown element", bytes: Documents.unknownElement, kind: .xhtml, expected: ["xml.dtd-invalid"]),
        Case(name: "missing alt", bytes: Documents.missingAlt, kind: .xhtml, expected: ["xml.dtd-invalid"]),
        Case(name: "undeclared attribute", bytes: Documents.undeclaredAttribute, kind: .xhtml, expected: ["xml.dtd-invalid"]),
        Case(name: "not well-formed", bytes: Documents.xhtml("strict", body: "<p>oops"), kind: .xhtml, expected: ["xml.not-well-formed"]),
        Case(name: "xxe", bytes: HostileInputTests.xxe, kind: .xml, expected: ["xml.entity-forbidden"]),
        Case(name: "xxe in xhtml", bytes: HostileInputTests.xxeInXHTML, kind: .xhtml, expected: ["xml.entity-forbidden"]),
        Case(name: "billion laughs", bytes: HostileInputTests.billionLaughs, kind: .xml, expected: ["xml.entity-forbidden"]),
        Case(
            name: "external parameter entity", bytes: HostileInputTests.externalParameterEntity, kind: .wellFormedness,
            expected: ["xml.entity-forbidden"]),
        Case(name: "external doctype", bytes: HostileInputTests.externalDoctypeSubset, kind: .xml, expected: []),
        Case(name: "deep nesting", bytes: deepNesting, kind: .wellFormedness, expected: ["xml.not-well-formed"]),
        Case(name: "invalid UTF-8", bytes: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8), kind: .wellFormedness, expected: ["xml.not-well-formed"]),
        Case(name: "empty", bytes: [], kind: .wellFormedness, expected: ["xml.not-well-formed"]),
        Case(name: "valid note", bytes: Documents.validNote, kind: .xml, expected: []),
        Case(name: "invalid note", bytes: Documents.invalidNote, kind: .xml, expected: ["xml.schema-invalid"]),
    ]

    static func check(_ testCase: Case, file: String, with validator: XMLValidator) -> [Diagnostic] {
        switch testCase.kind {
        case .xhtml: validator.validateXHTML(testCase.bytes, file: file)
        case .xml: validator.validateXML(testCase.bytes, file: file)
        case .wellFormedness: validator.checkWellFormedness(testCase.bytes, file: file)
        }
    }

    @Test(arguments: cases.map(\.name))
    func eachCaseAloneGivesItsExpectedCodes(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        let diagnostics = Self.check(testCase, file: "one.xml", with: TestValidator.shared)
        #expect(Array(Set(diagnostics.errors.codes)).sorted() == testCase.expected)
    }

    @Test func twoThousandMixedValidationsFromManyTasksAreAllRight() async {
        let validator = TestValidator.shared
        let mismatches = await withTaskGroup(of: String?.self) { group in
            for index in 0..<2_000 {
                group.addTask {
                    let testCase = Self.cases[index % Self.cases.count]
                    let file = "doc-\(index).xml"
                    let diagnostics = Self.check(testCase, file: file, with: validator)
                    let codes = Array(Set(diagnostics.errors.codes)).sorted()
                    let filesRight = diagnostics.allSatisfy { $0.location == nil || $0.location?.file == file }
                    return codes == testCase.expected && filesRight ? nil : "\(index) \(testCase.name): \(codes)"
                }
            }
            var mismatches: [String] = []
            for await result in group {
                if let result { mismatches.append(result) }
            }
            return mismatches
        }
        #expect(mismatches == [])
    }
}
