import Foundation
import HeraldLiquid
import HeraldTesting
import Testing

/// A small suite in Golden Liquid format: two cases pass, two fail.
private let sampleSuite = #"""
    {"description": "sample", "tests": [
      {"name": "passes", "template": "{{ x | upcase }}", "data": {"x": "a"}, "result": "A"},
      {"name": "passes, one of", "template": "{{ 1 }}", "results": ["0", "1"]},
      {"name": "fails, wrong output", "template": "{{ 'b' }}", "result": "c"},
      {"name": "fails, should raise\nwith a newline in its name", "template": "{{ 1 }}", "invalid": true},
      {"name": "strict case", "template": "{{ 'a' 'b' }}", "invalid": true, "tags": ["strict"]},
      {"name": "partial", "template": "{% render 'p' %}", "templates": {"p": "P"}, "result": "P"}
    ]}
    """#

@Suite struct GoldenSuiteTests {
    @Test func reportsPassesAndFailuresInOrder() throws {
        let suite = try GoldenSuite(jsonData: Data(sampleSuite.utf8))
        #expect(suite.cases.count == 6)
        let report = suite.run()
        #expect(report.passed == 4)
        #expect(report.failures.map(\.name) == ["fails, wrong output", "fails, should raise\nwith a newline in its name"])
        #expect(report.failures.first?.reason == #"expected "c", got "b""#)
    }

    @Test func rejectsFilesThatAreNotSuites() {
        #expect(throws: (any Error).self) { try GoldenSuite(jsonData: Data(#"{"cases": []}"#.utf8)) }
    }
}

/// The `liquid-conformance` executable `swift build` puts next to the test bundle.
private let conformanceBinary: String? = {
    var candidates: [String] = []
    if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
        candidates.append(bundle.appendingPathComponent("liquid-conformance").path)
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug/liquid-conformance").path)
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

@Suite struct ConformanceRunnerTests {
    func run(_ arguments: [String]) throws -> (status: Int32, lines: [String]) {
        let result = try ProcessRunner.run(URL(fileURLWithPath: try #require(conformanceBinary)), arguments)
        return (result.status, result.stdout.split(separator: "\n").map(String.init))
    }

    // The executable is built by `swift build`; a test-only build may lack it, so say so.
    @Test(
        "the runner prints one line per failure, a summary, and fails",
        .enabled(if: conformanceBinary != nil, "skipped: no liquid-conformance binary; run `swift build` first"))
    func failingSuiteExitsNonZero() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("suite-\(UUID().uuidString).json")
        try Data(sampleSuite.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run([file.path, "--failures"])
        #expect(result.status != 0)
        #expect(result.lines.count == 3)
        #expect(result.lines.first?.hasPrefix("FAIL fails, wrong output: ") == true)
        #expect(result.lines.dropFirst().first?.hasPrefix(#"FAIL fails, should raise\nwith a newline"#) == true)
        #expect(result.lines.last == "4 passed, 2 failed")
        let quiet = try run([file.path])
        #expect(quiet.lines == ["4 passed, 2 failed"])
    }

    @Test(.enabled(if: conformanceBinary != nil, "skipped: no liquid-conformance binary; run `swift build` first"))
    func passingSuiteExitsZeroAndUsageErrorsExitTwo() throws {
        let passing = #"{"tests": [{"name": "a", "template": "x", "result": "x"}]}"#
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("suite-\(UUID().uuidString).json")
        try Data(passing.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run([file.path, "--failures"])
        #expect(result.status == 0)
        #expect(result.lines == ["1 passed, 0 failed"])
        #expect(try run([]).status == 2)
        #expect(try run(["/nonexistent/suite.json"]).status == 2)
    }
}
