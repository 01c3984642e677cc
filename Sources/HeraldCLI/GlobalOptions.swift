import ArgumentParser
import Foundation

/// Options every Herald subcommand shares; include with `@OptionGroup var global: GlobalOptions`.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("The project directory (with templates/, locales/, schemas/).", valueName: "dir"))
    var project: String = "."

    @Option(name: .long, help: "Output format: 'text' for people, 'json' for JSON Lines.")
    var format: OutputFormat = .text

    /// The project directory as given, without a trailing slash.
    var projectDirectory: String {
        project.count > 1 && project.hasSuffix("/") ? String(project.dropLast()) : project
    }

    /// A path inside the project directory, such as `schemas`.
    func path(_ relative: String) -> String {
        (projectDirectory as NSString).appendingPathComponent(relative)
    }

    /// The printer for this command's diagnostics, writing to standard output.
    func makePrinter() -> DiagnosticPrinter {
        DiagnosticPrinter(format: format, output: .standardOutput)
    }
}

/// How diagnostics are printed.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Compiler-style lines with caret excerpts and a summary.
    case text
    /// One JSON object per diagnostic per line (JSON Lines); no summary.
    case json
}
