import Dispatch
import Foundation
import HeraldDiagnostics
import HeraldXML
import Testing

/// Herald reuses libxml2's parser and schema validation contexts between documents. Whatever
/// came before (a refused entity, a malformed document, an invalid one), each document gets
/// the verdict and the positions it gets alone, on any thread.
@Suite struct XMLContextReuseTests {
    let validator = TestValidator.shared

    /// One document and what checking it alone gives.
    struct Case: @unchecked Sendable {
        // Safe: the closures only call the shared validator, which is Sendable.
        let name: String
        let check: () -> [Diagnostic]
    }

    var cases: [Case] {
        let validator = validator
        let malformed = Array("<?xml version=\"1.0\"?>\n<invoice-note>\n  <open>\n</invoice-note>\n".utf8)
        return [
            Case(name: "valid note") { validator.validate(Documents.validNote, file: "n.xml", againstSchema: "invoice-note.xsd") },
            Case(name: "invalid note") { validator.validate(Documents.invalidNote, file: "n.xml", againstSchema: "invoice-note.xsd") },
            Case(name: "valid strict") { validator.validateXHTML(Documents.validStrict, file: "s.xhtml") },
            Case(name: "missing alt") { validator.validateXHTML(Documents.missingAlt, file: "t.xhtml") },
            Case(name: "entity bomb") { validator.validateXML(HostileInputTests.billionLaughs, file: "b.xml") },
            Case(name: "xxe") { validator.validateXHTML(HostileInputTests.xxeInXHTML, file: "x.xhtml") },
            Case(name: "malformed") { validator.checkWellFormedness(malformed, file: "m.xml") },
        ]
    }

    @Test func everyDocumentGetsItsOwnVerdictWhateverCameBefore() {
        let cases = cases
        let alone = cases.map { $0.check() }
        #expect(alone[0].isEmpty && alone[2].isEmpty)
        #expect(alone.filter { $0.contains { $0.severity == .error } }.count == 5)
        // Every ordered pair, so each document follows each other kind at least once.
        for first in cases.indices {
            for second in cases.indices {
                _ = cases[first].check()
                #expect(cases[second].check() == alone[second], "\(cases[second].name) after \(cases[first].name)")
            }
        }
    }

    @Test func contextsHandedBetweenThreadsGiveTheSameVerdicts() {
        let cases = cases
        let alone = cases.map { $0.check() }
        let mismatches = Mismatches()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for round in 0..<50 {
                let index = (thread * 3 + round) % cases.count
                if cases[index].check() != alone[index] { mismatches.add(cases[index].name) }
            }
        }
        #expect(mismatches.names.isEmpty)
    }

    /// Names of cases that came out differently, collected from several threads.
    final class Mismatches: @unchecked Sendable {
        // Safe: `list` is only touched under `lock`.
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ name: String) { lock.withLock { list.append(name) } }
        var names: [String] { lock.withLock { list } }
    }
}
