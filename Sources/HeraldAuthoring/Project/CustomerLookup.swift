import Foundation
import HeraldDiagnostics
import HeraldModel

/// Finds one customer in the run's input, streaming, for `herald preview` and `herald explain`:
/// JSON Lines, or `customers.csv` joined with the `invoices.csv` beside it, as `herald run` reads them.
public enum CustomerLookup {
    /// The customer with `id`.
    ///
    /// - Parameters:
    ///   - id: The `customer_id`.
    ///   - url: The input: a `.jsonl` file, or a customers `.csv` with `invoices.csv` beside it.
    ///   - displayPath: How messages name the file.
    /// - Throws: `DiagnosticError` when the file cannot be read, or has no such customer (with
    ///   a "did you mean" from the ids it does have), or the record is malformed.
    public static func find(id: String, in url: URL, displayPath: String) throws(DiagnosticError) -> Customer {
        var seen: [String] = []
        do {
            let next = try CustomerRecords.open(url)
            while let record = try next() {
                switch record {
                case .success(let customer):
                    if customer.id == id { return customer }
                    if seen.count < 100_000 { seen.append(customer.id) }
                case .failure(let reject):
                    if reject.customerID == id {
                        throw DiagnosticError(
                            .error(
                                "authoring.customer-malformed", "the record of customer '\(id)' cannot be read: \(reject.problems.map(\.message).joined(separator: "; "))",
                                at: SourceLocation(file: displayPath, line: reject.line, column: reject.problems.first?.column),
                                help: "fix the record; herald run rejects it too"))
                    }
                }
            }
        } catch let error as DiagnosticError {
            throw error
        } catch let problem as CSVHeaderProblem {
            let invoices = CustomerRecords.invoicesFile(beside: url).path
            throw DiagnosticError(
                problem.diagnostic(code: "authoring.csv-header", customersPath: displayPath, invoicesPath: invoices))
        } catch {
            throw DiagnosticError(
                .error(
                    "authoring.input-unreadable", "cannot read '\(displayPath)': \(FileProblem.describe(error))",
                    help: "pass the customers file with --input FILE"))
        }
        var diagnostic = Diagnostic.error(
            "authoring.unknown-customer", "no customer '\(id)' in '\(displayPath)'",
            help: "check the id, or pass the right file with --input FILE")
        diagnostic.suggestion = Suggestion.didYouMean(id, in: seen)
        throw DiagnosticError(diagnostic)
    }
}
