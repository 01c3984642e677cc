import HeraldDiagnostics
import HeraldXML
import Testing

@Suite struct ConcurrentValidationTests {
    /// A document and the diagnostic codes validating it must give.
    struct Case: Sendable {
        var bytes: [UInt8]
        var kind: Kind
        var expected: [String]

        enum Kind: Sendable { case xhtml, xml }
    }

    static let cases: [Case] = [
        Case(bytes: Documents.validStrict, kind: .xhtml, expected: []),
        Case(bytes: Documents.validTransitional, kind: .xhtml, expected: []),
        Case(bytes: Documents.unknownElement, kind: .xhtml, expected: ["xml.dtd-invalid"]),
        Case(bytes: Documents.missingAlt, kind: .xhtml, expected: ["xml.dtd-invalid"]),
        Case(bytes: Documents.undeclaredAttribute, kind: .xhtml, expected: ["xml.dtd-invalid"]),
        Case(bytes: Documents.xhtml("strict", body: "<p>oops"), kind: .xhtml, expected: ["xml.not-well-formed"]),
        Case(bytes: HostileInputTests.xxe, kind: .xml, expected: ["xml.entity-forbidden"]),
        Case(bytes: Documents.validNote, kind: .xml, expected: []),
        Case(bytes: Documents.invalidNote, kind: .xml, expected: ["xml.schema-invalid"]),
    ]

    @Test func thousandDocumentsValidatedConcurrentlyGiveTheRightResults() async {
        let validator = TestValidator.shared
        let mismatches = await withTaskGroup(of: Int?.self) { group in
            for index in 0..<1_000 {
                group.addTask {
                    let testCase = Self.cases[index % Self.cases.count]
                    let file = "doc-\(index).xhtml"
                    let diagnostics =
                        switch testCase.kind {
                        case .xhtml: validator.validateXHTML(testCase.bytes, file: file)
                        case .xml: validator.validateXML(testCase.bytes, file: file)
                        }
                    let codes = Array(Set(diagnostics.errors.codes)).sorted()
                    let fileNamesRight = diagnostics.allSatisfy { $0.location == nil || $0.location?.file == file }
                    return codes == testCase.expected && fileNamesRight ? nil : index
                }
            }
            var mismatches: [Int] = []
            for await result in group {
                if let result { mismatches.append(result) }
            }
            return mismatches
        }
        #expect(mismatches == [])
    }
}
