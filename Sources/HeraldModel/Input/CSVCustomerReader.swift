import HeraldDiagnostics

/// Streams customers from two CSV files: `customers.csv` (one customer a row) and
/// `invoices.csv` (one invoice a row), joined by `customer_id`.
///
/// The join is a streaming merge, so memory stays flat: `invoices.csv` must list each
/// customer's invoices together, in the order of `customers.csv` (as a database export
/// sorted by customer id gives). An invoice row that breaks that order, or names a customer
/// that is not in `customers.csv`, becomes a ``Reject`` naming its line in `invoices.csv`.
/// The reader looks up to 1,000 invoice rows ahead for a customer's rows, setting aside the
/// rows of customers still to come, so a customer without invoices, or an invoice row of an
/// unknown customer, does not hold back the rows after it.
///
/// Each file's separator is detected from its header: `,`, or `;` and tab as spreadsheets set to
/// Dutch, German or French write them. When `invoices.csv` is not `,`-separated, its amounts
/// may use the decimal comma (`1234,50`).
///
/// Columns are matched by header name. A header with a dot nests (`vehicle.make` becomes
/// `customer.vehicle.make` in templates); other unknown columns pass through as text.
/// Empty cells count as absent.
public struct CSVCustomerReader<Source: ByteChunkSource> {
    private var customers: CSVRowReader<Source>
    private var invoices: CSVRowReader<Source>
    private var customerHeader: [String]?
    private var invoiceHeader: [String]?
    private var pendingInvoice: CSVRow?
    private var seenCustomers: Set<String> = []
    /// Invoice rows read ahead of their customer, by customer id (at most ``lookahead``).
    private var stash: [String: [CSVRow]] = [:]
    private var stashCount = 0
    /// How many invoice rows the reader sets aside while looking for a customer's rows.
    static var lookahead: Int { 1_000 }
    private var ready: [(record: Result<Customer, Reject>, line: Int)] = []
    private var isFinished = false
    /// How `invoices.csv` is named in rejects.
    public let invoicesName: String
    /// How `customers.csv` is named in header problems.
    public let customersName: String

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - customers: The bytes of `customers.csv`.
    ///   - invoices: The bytes of `invoices.csv`.
    ///   - customersName: How header problems name the customers file.
    ///   - invoicesName: How rejects name the invoices file.
    public init(
        customers: Source, invoices: Source, customersName: String = "customers.csv", invoicesName: String = "invoices.csv"
    ) {
        self.customers = CSVRowReader(source: customers)
        self.invoices = CSVRowReader(source: invoices)
        self.customersName = customersName
        self.invoicesName = invoicesName
    }

    /// The next customer or reject, or `nil` at the end of both files. Lines in rejects are
    /// lines of `customers.csv`, except for invoice rows that could not be joined (their
    /// message names `invoices.csv` and its line).
    ///
    /// - Throws: Only errors of the sources.
    public mutating func next() throws -> Result<Customer, Reject>? { try nextRecord()?.record }

    /// The next customer or reject with the line its row starts on (in `customers.csv`, or in
    /// `invoices.csv` for an invoice row that could not be joined).
    ///
    /// - Throws: Only errors of the sources.
    public mutating func nextRecord() throws -> (record: Result<Customer, Reject>, line: Int)? {
        if !ready.isEmpty { return ready.removeFirst() }
        try readHeaders()
        guard let header = customerHeader, let invoiceHeader else { return nil }
        guard let row = try customers.next() else {
            try drainOrphans()
            return ready.isEmpty ? nil : ready.removeFirst()
        }
        let idIndex = header.firstIndex(of: "customer_id")
        let id = idIndex.flatMap { $0 < row.fields.count ? row.fields[$0].trimmingWhitespace : nil } ?? ""
        var invoiceRows: [CSVRow] = []
        if !id.isEmpty {
            seenCustomers.insert(id)
            invoiceRows = stash.removeValue(forKey: id) ?? []
            stashCount -= invoiceRows.count
            while let invoice = try nextInvoice() {
                let invoiceID = Self.customerID(of: invoice, header: invoiceHeader)
                if invoiceID == id {
                    invoiceRows.append(invoice)
                } else if seenCustomers.contains(invoiceID) {
                    ready.append(
                        (
                            .failure(orphan(invoice, customerID: invoiceID, reason: "comes after customer '\(id)'")),
                            invoice.line
                        ))
                } else if invoiceRows.isEmpty, stashCount < Self.lookahead {
                    // A later customer's row while this one's rows have not come yet: keep
                    // looking a bounded distance ahead, setting the row aside for its customer.
                    stash[invoiceID, default: []].append(invoice)
                    stashCount += 1
                } else {
                    pendingInvoice = invoice
                    break
                }
            }
        }
        let result = RecordDecoder.decodeCSV(
            customer: row, header: header, invoices: invoiceRows, invoiceHeader: invoiceHeader,
            invoicesName: invoicesName, decimalComma: invoices.separator.map { $0 != UInt8(ascii: ",") } ?? false)
        ready.insert((result, row.line), at: 0)
        return ready.removeFirst()
    }

    /// Reads both header rows, if not read yet, and checks that each names the columns every
    /// row needs. ``nextRecord()`` calls it; call it first to find a wrong file before anything
    /// else is done.
    ///
    /// - Throws: ``CSVHeaderProblem`` when a header lacks a required column (every row would be
    ///   rejected for it), or errors of the sources.
    public mutating func readHeaders() throws {
        if customerHeader == nil {
            customerHeader = try customers.next()?.fields.map { $0.trimmingWhitespace }
            if let header = customerHeader {
                try CSVHeaderProblem.check(header, requires: Customer.requiredCSVColumns, file: customersName, isInvoices: false)
            }
        }
        if invoiceHeader == nil {
            let header = try invoices.next()?.fields.map { $0.trimmingWhitespace }
            invoiceHeader = header ?? []
            if let header {
                try CSVHeaderProblem.check(header, requires: Invoice.requiredCSVColumns, file: invoicesName, isInvoices: true)
            }
        }
    }

    private mutating func nextInvoice() throws -> CSVRow? {
        if let pending = pendingInvoice {
            pendingInvoice = nil
            return pending
        }
        return try invoices.next()
    }

    private mutating func drainOrphans() throws {
        guard !isFinished else { return }
        isFinished = true
        for row in stash.values.flatMap({ $0 }).sorted(by: { $0.line < $1.line }) {
            let id = Self.customerID(of: row, header: invoiceHeader ?? [])
            ready.append(
                (.failure(orphan(row, customerID: id, reason: "names a customer not in the customers file")), row.line))
        }
        stash = [:]
        while let invoice = try nextInvoice() {
            let id = Self.customerID(of: invoice, header: invoiceHeader ?? [])
            let reason = seenCustomers.contains(id) ? "is out of order" : "names a customer not in the customers file"
            ready.append((.failure(orphan(invoice, customerID: id, reason: reason)), invoice.line))
        }
    }

    private func orphan(_ row: CSVRow, customerID: String, reason: String) -> Reject {
        let message =
            "\(invoicesName):\(row.line): invoice row for customer '\(customerID)' \(reason): "
            + "list each customer's invoices together, in the order of the customers file"
        return Reject(
            line: row.line, customerID: customerID.isEmpty ? nil : customerID,
            problems: [Reject.Problem(field: nil, message: message)], kind: .malformed)
    }

    private static func customerID(of row: CSVRow, header: [String]) -> String {
        guard let index = header.firstIndex(of: "customer_id"), index < row.fields.count else { return "" }
        return row.fields[index].trimmingWhitespace
    }
}
