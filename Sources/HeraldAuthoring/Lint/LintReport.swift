import HeraldDiagnostics

/// What `herald lint` found.
public struct LintReport: Sendable {
    /// Every problem, merged across combinations, in the order found.
    public var diagnostics: [Diagnostic]
    /// How many stage × channel × segment × locale combinations were checked.
    public var combinations: Int
    /// How many messages were built (one per combination that has its templates).
    public var messages: Int

    /// Creates a report.
    public init(diagnostics: [Diagnostic], combinations: Int, messages: Int) {
        self.diagnostics = diagnostics
        self.combinations = combinations
        self.messages = messages
    }

    /// Whether any diagnostic is an error (lint exits 1).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warnings.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The closing line: `checked 240 combinations (236 messages built): 2 errors, 5 warnings`.
    public var summary: String {
        let errorCount = errors.count
        let warningCount = warnings.count
        return "checked \(combinations) combinations (\(messages) messages built): "
            + "\(Counted.phrase(errorCount, "error")), \(Counted.phrase(warningCount, "warning"))"
    }
}
