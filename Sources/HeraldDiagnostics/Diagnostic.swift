/// One thing Herald tells a user about their input: what is wrong, where, and what to do.
///
/// Every module reports problems as diagnostics; only the CLI prints them.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious this is.
    public var severity: Severity
    /// A stable code, listed in `docs/diagnostics.md`.
    public var code: DiagnosticCode
    /// One line, lower-case start, no trailing period: what is wrong.
    public var message: String
    /// Where it is wrong, when that is known.
    public var location: SourceLocation?
    /// What to do about it.
    public var help: String?
    /// A "did you mean" suggestion shown under the caret.
    public var suggestion: String?
    /// Related places, such as the template line that produced a bad output line.
    public var notes: [Diagnostic]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        code: DiagnosticCode,
        message: String,
        location: SourceLocation? = nil,
        help: String? = nil,
        suggestion: String? = nil,
        notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.help = help
        self.suggestion = suggestion
        self.notes = notes
    }

    /// Creates an error diagnostic.
    public static func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil, help: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, location: location, help: help)
    }

    /// Creates a warning diagnostic.
    public static func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil, help: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, location: location, help: help)
    }
}

/// An error that carries one or more diagnostics, for APIs that throw.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// What went wrong; never empty.
    public var diagnostics: [Diagnostic]

    /// Wraps diagnostics in an error.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// Wraps one diagnostic in an error.
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

    /// The diagnostics as compiler-style lines, without excerpts.
    public var description: String {
        diagnostics.map { DiagnosticRenderer.headline($0) }.joined(separator: "\n")
    }
}
