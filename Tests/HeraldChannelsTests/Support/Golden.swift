import Foundation
import Testing

/// Golden-file comparison: output must equal `Fixtures/golden/<name>` byte for byte.
/// `HERALD_RECORD_GOLDEN=1 swift test --filter HeraldChannelsTests` rewrites the files and
/// fails, so a recording run never passes by accident.
enum Golden {
    static func check(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = ExternalTool.testsDirectory.appendingPathComponent("Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["HERALD_RECORD_GOLDEN"] == "1" {
            try Data(bytes).write(to: url)
            Issue.record("recorded \(name); run again without HERALD_RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: url.path), "missing golden file \(name); record it with HERALD_RECORD_GOLDEN=1",
            sourceLocation: sourceLocation)
        #expect(Array(expected) == bytes, "output differs from Fixtures/golden/\(name)", sourceLocation: sourceLocation)
    }
}
