import Foundation
import HeraldTesting

/// Runs an independent checker (python3, xmllint) and captures its output.
struct ExternalTool {
    /// What the tool printed and its exit status.
    typealias Result = ProcessOutput

    /// The directory of this test target, for scripts and fixtures.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// The package root.
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func script(_ name: String) -> String { testsDirectory.appendingPathComponent("Scripts/\(name)").path }

    /// Runs `arguments` through `/usr/bin/env`, feeding `input` on stdin.
    static func run(_ arguments: [String], input: Data = Data()) throws -> Result {
        try ProcessRunner.runTool(arguments, input: input)
    }

    /// Writes `data` to a fresh temporary file, calls `body` with its path, and removes the
    /// file's folder again.
    static func withTemporaryFile<T>(named name: String, contents data: Data, _ body: (String) throws -> T) throws -> T {
        let folder = try TemporaryFolder(prefix: "herald-channels")
        return try withExtendedLifetime(folder) { try body(folder.write(name, data).path) }
    }
}
