import Foundation

/// The customers of an input file, one decoded record at a time, whatever its format.
public enum CustomerRecords {
    /// The invoices file that goes with a customers `.csv` when none is named: `invoices.csv`
    /// in the same folder.
    public static func invoicesFile(beside customers: URL) -> URL {
        customers.deletingLastPathComponent().appendingPathComponent("invoices.csv")
    }

    /// Opens `url`: JSON Lines, or, for a `.csv`, customers joined with their invoices.
    ///
    /// - Parameters:
    ///   - url: A `.jsonl` file, or a customers `.csv`.
    ///   - invoices: The invoices file for CSV input; `invoices.csv` beside `url` by default.
    /// - Returns: A function that gives the next record, or `nil` at the end of the input.
    /// - Throws: When a file cannot be opened. The function throws ``CSVHeaderProblem`` when a
    ///   CSV header lacks a required column, and errors reading the files.
    public static func open(_ url: URL, invoices: URL? = nil) throws -> () throws -> Result<Customer, Reject>? {
        if url.pathExtension.lowercased() == "csv" {
            let invoices = invoices ?? invoicesFile(beside: url)
            var reader = CSVCustomerReader(
                customers: try FileChunkSource(url: url), invoices: try FileChunkSource(url: invoices),
                customersName: url.lastPathComponent, invoicesName: invoices.lastPathComponent)
            return { try reader.next() }
        }
        var reader = JSONLinesReader(source: try FileChunkSource(url: url))
        return { try reader.next() }
    }
}
