import Foundation
import HeraldLiquid
import Testing

/// The Golden Liquid suite from `../shared/liquid/golden/`, found relative to the package root.
private let goldenSuiteURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Conformance
    .deletingLastPathComponent()  // HeraldLiquidTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("../shared/liquid/golden/golden_liquid.json")
    .standardizedFileURL

@Suite struct GoldenLiquidTests {
    // The suite lives outside the repository (../shared); without it there is nothing to run,
    // so the test is skipped and says why instead of passing vacuously.
    @Test(
        "every Golden Liquid case passes",
        .enabled(
            if: FileManager.default.fileExists(atPath: goldenSuiteURL.path),
            "skipped: ../shared/liquid/golden/golden_liquid.json is not present next to the package"))
    func goldenSuitePasses() throws {
        let suite = try GoldenSuite(jsonData: try Data(contentsOf: goldenSuiteURL))
        #expect(suite.cases.count >= 1054)
        let report = suite.run()
        for failure in report.failures {
            Issue.record("\(failure.name): \(failure.reason)")
        }
        #expect(report.failures.isEmpty, "\(report.passed) passed, \(report.failures.count) failed")
    }
}
