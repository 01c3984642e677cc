import HeraldDiagnostics

/// A CSV header row that lacks a column every row needs: every row would be rejected for the
/// same reason, so the file is refused once instead, naming what is missing and what was found.
public struct CSVHeaderProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as it is named to the user.
    public var file: String
    /// Whether the file is the invoices file (otherwise the customers file).
    public var isInvoices: Bool
    /// The required columns the header lacks, in the order they are documented.
    public var missing: [String]
    /// The header's columns as read.
    public var found: [String]

    /// What is wrong: the missing columns and what the header has instead.
    public var message: String {
        let names = missing.map { "'\($0)'" }.joined(separator: ", ")
        let columns = found.joined(separator: ", ")
        let shown = columns.count > 80 ? String(columns.prefix(80)) + "…" : columns
        return "the header has no column \(names) (found: \(shown))"
    }

    /// What to do about it.
    public var help: String {
        "the first row must name the columns as docs/input.md does, separated by ',', ';' or tabs"
    }

    /// The problem as a diagnostic at line 1, column 1 of the file's path.
    ///
    /// - Parameters:
    ///   - code: The diagnostic code of the command that read the file.
    ///   - customersPath: The path of the customers file, as the user gave it.
    ///   - invoicesPath: The path of the invoices file.
    public func diagnostic(code: DiagnosticCode, customersPath: String, invoicesPath: String) -> Diagnostic {
        let path = isInvoices ? invoicesPath : customersPath
        return .error(code, message, at: SourceLocation(file: path, line: 1, column: 1), help: help)
    }

    /// `customers.csv:1:1: the header has no column 'customer_id' …`, with what to do.
    public var description: String { "\(file):1:1: \(message): \(help)" }

    /// Throws when `header` lacks any of `required`.
    static func check(_ header: [String], requires required: [String], file: String, isInvoices: Bool) throws {
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw CSVHeaderProblem(file: file, isInvoices: isInvoices, missing: missing, found: header)
        }
    }
}

extension Customer {
    /// The columns `customers.csv` must have: the fields every customer needs.
    static var requiredCSVColumns: [String] { ["customer_id", "locale", "preferred_channel"] }
}

extension Invoice {
    /// The columns `invoices.csv` must have: the join key and the fields every invoice needs.
    static var requiredCSVColumns: [String] {
        ["customer_id", "invoice_number", "due_date", "amount", "currency", "status"]
    }
}
