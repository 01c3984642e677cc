import HeraldDiagnostics

/// What `herald lint` found.
public struct LintReport: Sendable {
    /// Every problem, merged across combinations, in the order found.
    public var diagnostics: [Diagnostic]
    /// How many stage × channel × segment × locale combinations were checked.
    public var combinations: Int
    /// How many template renders were done.
    public var renders: Int

    /// Creates a report.
    public init(diagnostics: [Diagnostic], combinations: Int, renders: Int) {
        self.diagnostics = diagnostics
        self.combinations = combinations
        self.renders = renders
    }

    /// Whether any diagnostic is an error (lint exits 1).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warnings.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The closing line: `checked 240 combinations (612 renders): 2 errors, 5 warnings`.
    public var summary: String {
        let errorCount = errors.count
        let warningCount = warnings.count
        return "checked \(combinations) combinations (\(renders) renders): "
            + "\(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s")"
    }
}
