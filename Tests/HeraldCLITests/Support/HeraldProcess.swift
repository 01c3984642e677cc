import Foundation
import HeraldTesting
import Testing

/// Runs the built `herald` executable, the way people and scripts do, and captures what it
/// prints and its exit status.
///
/// The binary is the one `swift build` put next to this test bundle (or `HERALD_BINARY`).
/// Commands run with the package root as working directory, so the default `--project .`
/// finds the shipped `schemas/`.
struct HeraldProcess {
    /// What the command printed and its exit status.
    typealias Result = ProcessOutput

    /// The package root (three levels above this file).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `herald` binary to test.
    static let binary: String? = {
        if let override = ProcessInfo.processInfo.environment["HERALD_BINARY"] { return override }
        var candidates: [String] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("herald").path)
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/herald").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `herald arguments…` in `directory` (the package root by default).
    static func run(_ arguments: [String], in directory: URL = packageRoot) throws -> Result {
        let binary = try #require(binary, "no herald binary next to the tests; run `swift build` first")
        return try ProcessRunner.run(URL(fileURLWithPath: binary), arguments, in: directory)
    }

    /// Runs another program (found on `PATH`), such as `python3` or `xmllint`.
    static func runTool(_ arguments: [String], input: Data? = nil, in directory: URL = packageRoot) throws -> Result {
        try ProcessRunner.runTool(arguments, input: input, in: directory)
    }
}

extension ProcessOutput {
    /// Standard output split into lines, without the final empty one.
    var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

/// A scratch directory removed when the value is released.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("herald-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `name` inside the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return file.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
