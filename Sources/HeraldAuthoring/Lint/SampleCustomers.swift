import Foundation
import HeraldDiagnostics
import HeraldLiquid
import HeraldModel
import OrderedCollections

/// The customers `herald lint` renders templates for: records from a JSON Lines file
/// (`examples/customers.jsonl` or `--sample FILE`), or one built-in customer when there is no file.
public enum SampleCustomers {
    /// The file lint reads by default, relative to the project root.
    public static let defaultPath = "examples/customers.jsonl"

    /// Reads up to `limit` good records of a JSON Lines file; bad records are skipped (lint is
    /// about templates, not data; `herald run` reports bad records).
    ///
    /// - Throws: `DiagnosticError` when the file cannot be read or holds no usable record.
    public static func load(from url: URL, displayPath: String, limit: Int = 5_000) throws(DiagnosticError) -> [Customer] {
        var customers: [Customer] = []
        do {
            var reader = JSONLinesReader(source: try FileChunkSource(url: url))
            while customers.count < limit, let record = try reader.next() {
                if case .success(let customer) = record { customers.append(customer) }
            }
        } catch {
            throw DiagnosticError(
                .error(
                    "authoring.sample-unreadable", "cannot read the sample data '\(displayPath)': \(FileProblem.describe(error))",
                    help: "pass a JSON Lines file of customers with --sample FILE"))
        }
        guard !customers.isEmpty else {
            throw DiagnosticError(
                .error(
                    "authoring.sample-empty", "'\(displayPath)' holds no usable customer record",
                    at: SourceLocation(file: displayPath, line: 1),
                    help: "check the file with herald run --dry-run --input \(displayPath)"))
        }
        return customers
    }

    /// A made-up customer with two overdue invoices and a paid one, for projects without sample data.
    public static var builtIn: Customer {
        let due = LocalDate(2026, 10, 1) ?? .distantPast
        return Customer(
            id: "SAMPLE-1", givenName: "Anna", familyName: "de Vries", salutation: "Mrs", company: "",
            locale: "en", preferredChannel: .email, email: "anna.devries@example.com", phone: "+31612345678",
            street: "Stationsplein 1", postalCode: "3511 ED", city: "Utrecht", country: "NL",
            invoices: [
                Invoice(
                    number: "INV-SAMPLE-1", issueDate: due.adding(days: -14), dueDate: due, amount: cents(41250),
                    openAmount: cents(41250), currency: "EUR", status: .open, description: "Major service"),
                Invoice(
                    number: "INV-SAMPLE-2", issueDate: due.adding(days: 6), dueDate: due.adding(days: 20),
                    amount: cents(8995), openAmount: cents(8995), currency: "EUR", status: .open, description: "Wiper blades"),
                Invoice(
                    number: "INV-SAMPLE-0", issueDate: due.adding(days: -120), dueDate: due.adding(days: -106),
                    amount: cents(25000), openAmount: 0, currency: "EUR", status: .paid, paidDate: due.adding(days: -90),
                    description: "APK inspection"),
            ],
            extra: [
                "vehicle": [
                    "make": "Volkswagen", "model": "Golf", "licence_plate": "12-ABC-3", "apk_due_date": "2027-05-09",
                ],
                "payment_link": "https://pay.example.com/c/SAMPLE-1",
            ])
    }

    private static func cents(_ value: Int) -> Decimal { Decimal(value) / 100 }
}
