import Foundation
import HeraldDiagnostics

/// The only code in Herald that writes diagnostics to a stream.
///
/// Text format: `path:line:column: error: message [code]`, a caret excerpt when the source is
/// known, `= help:` lines, and a summary `N errors, M warnings in K files`. JSON format: one
/// object per diagnostic per line (see docs/diagnostics.md), nothing else.
struct DiagnosticPrinter {
    /// Where the text goes.
    enum Output {
        case standardOutput
        case standardError
    }

    var format: OutputFormat
    var output: Output

    /// Prints diagnostics; `source` gives the text of a file for caret excerpts.
    func print(_ diagnostics: [Diagnostic], source: (String) -> String? = { _ in nil }) {
        guard !diagnostics.isEmpty else { return }
        switch format {
        case .text:
            write(
                diagnostics.map { diagnostic in
                    DiagnosticRenderer.text(diagnostic, source: diagnostic.location.flatMap { source($0.file) }) + "\n"
                }.joined())
        case .json:
            write(DiagnosticRenderer.json(diagnostics) + "\n")
        }
    }

    /// Prints the closing summary line (text format only).
    func printSummary(_ summary: DiagnosticSummary) {
        guard format == .text else { return }
        write(summary.description + "\n")
    }

    private func write(_ text: String) {
        switch output {
        case .standardOutput: FileHandle.standardOutput.write(Data(text.utf8))
        case .standardError: FileHandle.standardError.write(Data(text.utf8))
        }
    }
}

/// Counts for the `N errors, M warnings in K files` line.
struct DiagnosticSummary: CustomStringConvertible {
    var errors = 0
    var warnings = 0
    var files = 0

    /// Counts the errors and warnings in `diagnostics`.
    mutating func add(_ diagnostics: [Diagnostic]) {
        errors += diagnostics.count { $0.severity == .error }
        warnings += diagnostics.count { $0.severity == .warning }
    }

    var description: String {
        "\(Counted.phrase(errors, "error")), \(Counted.phrase(warnings, "warning")) in \(Counted.phrase(files, "file"))"
    }
}
