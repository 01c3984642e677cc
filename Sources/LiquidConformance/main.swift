// liquid-conformance SUITE.json [--failures]
//
// Runs a Golden Liquid suite with HeraldLiquid; prints failing cases with --failures, ends
// with `N passed, M failed`, and exits 1 when any case fails (2 on usage errors).
import Foundation
import HeraldLiquid

var arguments = Array(CommandLine.arguments.dropFirst())
let showFailures = arguments.contains("--failures")
arguments.removeAll { $0 == "--failures" }
guard arguments.count == 1 else {
    FileHandle.standardError.write(Data("usage: liquid-conformance SUITE.json [--failures]\n".utf8))
    exit(2)
}
setenv("TZ", "UTC", 1)
let suite: GoldenSuite
do {
    suite = try GoldenSuite(jsonData: try Data(contentsOf: URL(fileURLWithPath: arguments[0])))
} catch {
    FileHandle.standardError.write(Data("liquid-conformance: cannot read \(arguments[0]): \(error)\n".utf8))
    exit(2)
}
let report = suite.run()
if showFailures {
    // One line per failing case, whatever the case name or reason contains.
    for failure in report.failures {
        let line = "FAIL \(failure.name): \(failure.reason)"
        print(line.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n"))
    }
}
print("\(report.passed) passed, \(report.failures.count) failed")
exit(report.failures.isEmpty ? 0 : 1)
