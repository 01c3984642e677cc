import Foundation
import HeraldTesting
import Testing

/// The root command: `--help`, `--version`, and exit status 2 for every usage error.
@Suite struct UsageTests {
    @Test func helpListsTheSubcommandsAndExitStatuses() throws {
        let result = try HeraldProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: herald"))
        #expect(result.stdout.contains("validate"))
        // Help text wraps at 80 columns; compare with the line breaks undone.
        let prose = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(prose.contains("0 when everything is valid, 1 when a check finds problems, 2 on usage errors"))
    }

    @Test func subcommandHelpDescribesItsOptions() throws {
        let result = try HeraldProcess.run(["validate", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: herald validate"))
        #expect(result.stdout.contains("--format"))
        #expect(result.stdout.contains("--project"))
    }

    @Test func versionIsOneLine() throws {
        let result = try HeraldProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(try /\d+\.\d+\.\d+\n/.wholeMatch(in: result.stdout) != nil)
    }

    /// Each command line is wrong; none may be mistaken for findings (1) or success (0).
    @Test(arguments: [
        ["validate"],
        ["validate", "notes.txt"],
        ["validate", "--format", "yaml", "examples/documents/reminder-email.xhtml"],
        ["validate", "--bogus", "examples/documents/reminder-email.xhtml"],
        ["validate", "examples/documents/no-such-file.xhtml"],
        ["frobnicate"],
    ])
    func usageErrorsExitTwoAndExplainOnStandardError(arguments: [String]) throws {
        let result = try HeraldProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("Error:"))
    }

    /// A bad `--as-of` is a usage error of the subcommand, shown with that subcommand's usage.
    @Test(arguments: ["preview", "explain", "lint"])
    func badAsOfShowsTheSubcommandsUsage(command: String) throws {
        let customer = command == "lint" ? [] : ["--customer", "C000001"]
        let result = try HeraldProcess.run([command] + customer + ["--as-of", "2026-13-01"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'2026-13-01' is not a date; write --as-of YYYY-MM-DD"), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: herald \(command) "), "\(result.stderr)")
    }

    @Test func usageErrorsSayWhatToDo() throws {
        let wrongType = try HeraldProcess.run(["validate", "notes.txt"])
        #expect(wrongType.stderr.contains("'notes.txt' is not an .xhtml, .html or .xml file"))
        let missing = try HeraldProcess.run(["validate", "examples/documents/no-such-file.xhtml"])
        #expect(missing.stderr.contains("'examples/documents/no-such-file.xhtml' does not exist"))
    }
}
