import Foundation
import HeraldModel
import Testing

/// CSV as spreadsheets set to Dutch, German or French export it: `;` between fields (or tabs),
/// decimal commas in amounts, and sometimes day-first dates.
@Suite struct SpreadsheetCSVTests {
    static let customers = """
        customer_id;given_name;family_name;locale;preferred_channel;email;country
        K1;Anna;"Jansen; jr.";nl-NL;email;anna@example.com;NL

        """
    static let invoiceHeader = "customer_id;invoice_number;due_date;amount;open_amount;currency;status\n"

    func read(customers: String = customers, invoices: String) throws -> [Result<Customer, Reject>] {
        var reader = CSVCustomerReader(
            customers: MemoryChunkSource(Array(customers.utf8)), invoices: MemoryChunkSource(Array(invoices.utf8)))
        var records: [Result<Customer, Reject>] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    /// The reject for the one customer of `customers` with `invoices`; records an issue and
    /// throws when the customer is read without one.
    func reject(customers: String = customers, invoices: String) throws -> Reject {
        guard case .failure(let reject) = try #require(try read(customers: customers, invoices: invoices).first) else {
            Issue.record("expected a reject")
            throw CancellationError()
        }
        return reject
    }

    @Test func theSeparatorIsTakenFromTheHeader() throws {
        let cases: [(text: String, separator: Character)] = [
            ("a,b;c\n1,2;3\n", ","), ("a;b;\"c,d,e\"\n1;2;3\n", ";"), ("a\tb\tc\n1\t2\t3\n", "\t"), ("a;b,c;d\n", ";"),
            ("one\n1\n", ","),
        ]
        for (text, separator) in cases {
            var reader = CSVRowReader(source: MemoryChunkSource(Array(text.utf8)))
            let header = try #require(try reader.next())
            #expect(reader.separator == separator.asciiValue, "\(text.debugDescription)")
            #expect(header.fields.count == text.prefix { $0 != "\n" }.split(separator: separator).count)
        }
    }

    @Test func aSemicolonFileReadsQuotedSeparatorsAndDecimalCommas() throws {
        let invoices = Self.invoiceHeader + "K1;I-1;2026-11-01;1234,50;99,95;EUR;open\nK1;I-2;2026-11-02;10.00;;EUR;open\n"
        let customer = try #require(try read(invoices: invoices).first).get()
        #expect(customer.familyName == "Jansen; jr.")
        #expect(customer.invoices.map(\.amount) == [Decimal(string: "1234.50"), Decimal(string: "10.00")])
        #expect(customer.invoices.first?.openAmount == Decimal(string: "99.95"))
    }

    @Test func thousandsSeparatorsAreRefusedNotGuessed() throws {
        let reject = try reject(invoices: Self.invoiceHeader + "K1;I-1;2026-11-01;1.234,50;;EUR;open\n")
        #expect(
            reject.problems.map(\.message) == [
                "invoices.csv:2: invalid amount '1.234,50' in invoices[0].amount: use digits with ',' or '.' as decimal mark and no thousands separators, such as 1234,50"
            ])
    }

    @Test func aCommaFileKeepsThePointAsTheOnlyDecimalMark() throws {
        let customers = Self.customers.replacingOccurrences(of: ";", with: ",").replacingOccurrences(of: "\"Jansen, jr.\"", with: "Jansen")
        let invoices = "customer_id,invoice_number,due_date,amount,currency,status\nK1,I-1,2026-11-01,\"12,50\",EUR,open\n"
        let reject = try reject(customers: customers, invoices: invoices)  // '12,50' is ambiguous here
        #expect(reject.problems.first?.message.contains("use digits with '.' as decimal mark") == true)
    }

    @Test func aDayFirstDateIsRejectedWithItsISOForm() throws {
        let reject = try reject(invoices: Self.invoiceHeader + "K1;I-1;29.11.2026;10,00;;EUR;open\n")
        #expect(
            reject.problems.first?.message
                == "invoices.csv:2: invalid date '29.11.2026' in invoices[0].due_date: use YYYY-MM-DD, such as 2026-11-29 for '29.11.2026'"
        )
    }

    @Test func aHeaderWithoutARequiredColumnIsRefusedOnceNamingWhatIsMissing() throws {
        let customers = "Klantnummer;locale;preferred_channel\nK1;nl-NL;email\n"
        let problem = #expect(throws: CSVHeaderProblem.self) { _ = try read(customers: customers, invoices: Self.invoiceHeader) }
        #expect(problem?.missing == ["customer_id"] && problem?.isInvoices == false)
        #expect(
            problem?.description
                == "customers.csv:1:1: the header has no column 'customer_id' (found: Klantnummer, locale, preferred_channel): the first row must name the columns as docs/input.md does, separated by ',', ';' or tabs"
        )
        let invoices = "customer_id;invoice;due_date;amount;currency;status\n"
        let invoiceProblem = #expect(throws: CSVHeaderProblem.self) { _ = try read(invoices: invoices) }
        #expect(invoiceProblem?.missing == ["invoice_number"] && invoiceProblem?.isInvoices == true)
    }

    /// Excel's plain "CSV" in Western Europe is Windows-1252, not UTF-8: names must arrive as
    /// written, never as replacement characters in a reminder's greeting.
    @Test func windows1252FieldsAreReadAsWrittenAndUndecodableOnesRejected() throws {
        func latin(_ text: String) -> [UInt8] { Array(text.data(using: .windowsCP1252) ?? Data()) }
        let customers = latin("customer_id;given_name;family_name;locale;preferred_channel;email\nK1;Lukas;Öztürk;de-DE;email;l@example.com\n")
        let invoices = latin(Self.invoiceHeader + "K1;I-1;2026-11-01;12,50;;EUR;open\n")
        var reader = CSVCustomerReader(customers: MemoryChunkSource(customers), invoices: MemoryChunkSource(invoices))
        let customer = try #require(try reader.next()).get()
        #expect(customer.familyName == "Öztürk")

        var undecodable = Array("customer_id;given_name;locale;preferred_channel\nK1;A".utf8)
        undecodable += [0x81] + Array(";nl-NL;email\n".utf8)
        var rows = CSVRowReader(source: MemoryChunkSource(undecodable))
        _ = try rows.next()
        let row = try #require(try rows.next())
        #expect(row.problem == "field 2 is neither UTF-8 nor Windows-1252 text: save the file as UTF-8 ('CSV UTF-8' in Excel)")
    }
}
