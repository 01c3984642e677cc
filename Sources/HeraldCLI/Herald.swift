import ArgumentParser
import Foundation

/// The `herald` command: dunning messages for the automotive trade.
@main
struct Herald: AsyncParsableCommand {
    /// The version `herald --version` prints.
    static let version = "0.1.0"

    /// Every subcommand, in the order `herald --help` lists them. Add new commands here
    /// (each lives in its own `Herald+Name.swift` as `extension Herald { struct Name … }`).
    static let subcommands: [any ParsableCommand.Type] = [
        Run.self, Lint.self, Preview.self, Explain.self, Validate.self, Archive.self,
    ]

    static let configuration = CommandConfiguration(
        commandName: "herald",
        abstract: "Segment customers, render dunning messages and write them to the outbox.",
        discussion: """
            Exit status: 0 when everything is valid, 1 when a check finds problems, \
            2 on usage errors.
            """,
        version: version,
        subcommands: subcommands
    )

    /// Runs the command line, mirroring `AsyncParsableCommand.main()`, but with Herald's exit
    /// codes: usage errors exit with 2 (ArgumentParser's default is 64, `EX_USAGE`),
    /// findings with 1 (commands throw `ExitCode.failure` after printing diagnostics).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// Herald's process exit statuses.
enum ExitStatus {
    /// Everything checked is valid.
    static let success: Int32 = 0
    /// A check found problems (invalid documents, unreadable files).
    static let findings: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 2
}
