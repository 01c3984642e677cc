import HeraldDiagnostics

/// An input record Herald could not use, and why. Rejects never stop a run: the pipeline
/// writes them to the rejects report and goes on.
public struct Reject: Error, Sendable, Hashable {
    /// One thing wrong with a record.
    public struct Problem: Sendable, Hashable {
        /// The field path, such as `invoices[0].due_date`, or `nil` for the record as a whole.
        public var field: String?
        /// What is wrong and what to do, such as
        /// `invalid date '2026-13-45' in invoices[0].due_date: use YYYY-MM-DD`.
        public var message: String
        /// The 1-based column (Unicode scalars) in the line, when known.
        public var column: Int?

        /// Creates a problem.
        public init(field: String?, message: String, column: Int? = nil) {
            self.field = field
            self.message = message
            self.column = column
        }
    }

    /// The 1-based line number of the record in its file (for CSV: the customer's row).
    public var line: Int
    /// The record's customer id, when it could be read.
    public var customerID: String?
    /// Everything found wrong, in the order met; never empty.
    public var problems: [Problem]
    /// Whether the line could not be parsed at all, or parsed but had bad fields.
    public var kind: Kind

    /// What sort of reject this is.
    public enum Kind: String, Sendable, Hashable {
        /// The line is not valid JSON (or not valid CSV).
        case malformed
        /// The record parses but a field is missing or invalid.
        case invalidRecord
    }

    /// Creates a reject.
    public init(line: Int, customerID: String?, problems: [Problem], kind: Kind = .invalidRecord) {
        self.line = line
        self.customerID = customerID
        self.problems = problems
        self.kind = kind
    }

    /// All problems in one line of text, separated by `; `.
    public var reason: String { problems.map(\.message).joined(separator: "; ") }

    /// The reject as a diagnostic pointing at `file:line:column`, with the customer id in the
    /// message (never other customer data) and the remaining problems as notes.
    ///
    /// - Parameter file: The input file's path, as the user gave it.
    public func diagnostic(file: String) -> Diagnostic {
        let code: DiagnosticCode = kind == .malformed ? "input.malformed-record" : "input.invalid-record"
        let who = customerID.map { "customer '\($0)': " } ?? ""
        let first = problems.first ?? Problem(field: nil, message: "record rejected")
        let notes = problems.dropFirst().map {
            Diagnostic(.note, code: code, message: $0.message, location: SourceLocation(file: file, line: line, column: $0.column))
        }
        return Diagnostic(
            .error, code: code, message: who + first.message,
            location: SourceLocation(file: file, line: line, column: first.column),
            help: "fix the record in the input; it was skipped and the run went on", notes: notes)
    }
}
