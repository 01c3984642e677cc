import Foundation
import HeraldAuthoring
import HeraldDiagnostics
import HeraldModel
import Testing

/// `herald preview` and `herald explain` find their customer in CSV input as `herald run` reads it,
/// and say which file to fix when they cannot.
@Suite struct CustomerLookupTests {
    static let customers = """
        customer_id,given_name,family_name,locale,preferred_channel,email
        C1,Anna,Jansen,nl-NL,email,anna@example.nl
        C2,Bram,de Vries,nl-NL,email,bram@example.nl

        """
    static let invoices = """
        customer_id,invoice_number,issue_date,due_date,amount,open_amount,currency,status
        C2,F-1,2026-10-01,2026-10-15,120.00,120.00,EUR,open

        """

    /// Writes `customers.csv` and `invoices.csv` into a new folder.
    func folder(invoices: String = invoices) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-lookup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.customers.write(to: folder.appendingPathComponent("customers.csv"), atomically: true, encoding: .utf8)
        try invoices.write(to: folder.appendingPathComponent("invoices.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func findsTheCustomerWithTheInvoicesBesideIt() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let customer = try CustomerLookup.find(
            id: "C2", in: folder.appendingPathComponent("customers.csv"), displayPath: "customers.csv")
        #expect(customer.familyName == "de Vries")
        #expect(customer.invoices.map(\.number) == ["F-1"])
    }

    @Test func aBadInvoicesHeaderNamesTheInvoicesFile() throws {
        let folder = try folder(invoices: Self.invoices.replacingOccurrences(of: "invoice_number,", with: ""))
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: DiagnosticError.self) {
            _ = try CustomerLookup.find(id: "C2", in: folder.appendingPathComponent("customers.csv"), displayPath: "customers.csv")
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.code == "authoring.csv-header")
        #expect(diagnostic.location?.file == folder.appendingPathComponent("invoices.csv").path)
        #expect(diagnostic.location?.line == 1)
        #expect(diagnostic.message.contains("'invoice_number'"))
    }

    @Test func anUnknownIdSuggestsTheNearestOne() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: DiagnosticError.self) {
            _ = try CustomerLookup.find(id: "C3", in: folder.appendingPathComponent("customers.csv"), displayPath: "customers.csv")
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.code == "authoring.unknown-customer")
        #expect(diagnostic.suggestion != nil)
    }
}
