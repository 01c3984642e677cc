import Dispatch
import Foundation

/// What a finished program printed, and how it ended.
public struct ProcessOutput: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output, as UTF-8.
    public var stdout: String
    /// Everything written to standard error, as UTF-8.
    public var stderr: String

    /// Standard output then standard error, for the message of a failed expectation.
    public var combined: String { stderr.isEmpty ? stdout : stdout + stderr }
}

/// Runs a program to its end and captures its output: for tests that check Herald's
/// files with independent tools (xmllint, python3, sha256sum) or run Herald's executables
/// the way people do.
public enum ProcessRunner {
    /// Runs `executable` with `arguments`.
    ///
    /// - Parameters:
    ///   - executable: The program.
    ///   - arguments: The arguments, passed without a shell.
    ///   - input: Written to standard input, which is then closed; `nil` connects `/dev/null`.
    ///   - directory: The working directory; the test process's own when `nil`.
    /// - Throws: when the program cannot be started.
    public static func run(
        _ executable: URL, _ arguments: [String], input: Data? = nil, in directory: URL? = nil
    ) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        // Drain both pipes on their own threads so a full pipe never blocks the child.
        let group = DispatchGroup()
        // Safe: each buffer is written by one block and read only after `group.wait()`.
        nonisolated(unsafe) var out = Data(), err = Data()
        DispatchQueue.global().async(group: group) { out = outPipe.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err = errPipe.fileHandleForReading.readDataToEndOfFile() }
        if let input {
            inPipe.fileHandleForWriting.write(input)
            try inPipe.fileHandleForWriting.close()
        }
        group.wait()
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// Runs a tool found on `PATH` (through `/usr/bin/env`), such as `["xmllint", "--noout", file]`.
    public static func runTool(_ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws
        -> ProcessOutput
    {
        try run(URL(fileURLWithPath: "/usr/bin/env"), arguments, input: input, in: directory)
    }
}
