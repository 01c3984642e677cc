import Foundation
import HeraldDiagnostics
import HeraldLiquid
import HeraldModel
import OrderedCollections
import Testing

@Suite struct RecordDecoderTests {
    static let good = #"""
        {"customer_id": "C0000001", "given_name": "Zoë", "family_name": "<Bosch>", "salutation": "Ms", "company": "", "locale": "nl-NL", "preferred_channel": "email", "email": "zoe.1@example.com", "phone": "+31621234567", "street": "Hoofdstraat 12", "postal_code": "3511", "city": "Utrecht", "country": "NL", "vehicle": {"make": "Škoda", "model": "Octavia", "licence_plate": "12-AB-3"}, "payment_link": "https://pay.example.com/c/C0000001", "invoices": [{"invoice_number": "INV-1", "issue_date": "2026-10-01", "due_date": "2026-10-31", "amount": "0.10", "open_amount": 0.20, "currency": "eur", "status": "open", "paid_date": null, "description": "Clutch kit", "work_order": 77}]}
        """#

    func decode(_ line: String, number: Int = 1) -> Result<Customer, Reject> {
        RecordDecoder.decodeJSONLine(Array(line.utf8), lineNumber: number)
    }

    func reject(_ line: String) throws -> Reject {
        guard case .failure(let reject) = decode(line) else {
            Issue.record("expected a reject")
            throw CancellationError()
        }
        return reject
    }

    /// Spreadsheets hold numbers as people write them; the SMS needs E.164.
    @Test func aPhoneNumberWrittenWithSpacesAndATrunkZeroIsReadAsE164() throws {
        let line = Self.good.replacingOccurrences(of: #""+31621234567""#, with: #""+31 (0)6 2123 4567""#)
        #expect(line != Self.good)
        #expect(try decode(line).get().phone == "+31621234567")
    }

    @Test func decodesAGoodRecordWithExactAmountsAndPassThroughFields() throws {
        let customer = try decode(Self.good).get()
        #expect(customer.id == "C0000001")
        #expect(customer.givenName == "Zoë" && customer.familyName == "<Bosch>")
        #expect(customer.preferredChannel == .email)
        #expect(customer.displayName == "Ms Zoë <Bosch>")
        let invoice = try #require(customer.invoices.first)
        #expect(invoice.dueDate == LocalDate(2026, 10, 31))
        #expect(invoice.amount + invoice.openAmount == DecimalText.parse("0.30"))
        #expect(invoice.currency == "EUR")
        #expect(invoice.paidDate == nil)
        #expect(invoice.extra["work_order"] == .integer(77))
        #expect(customer.extra["payment_link"] == .string("https://pay.example.com/c/C0000001"))
        guard case .object(let vehicle) = customer.extra["vehicle"] else {
            Issue.record("vehicle should pass through as an object")
            return
        }
        #expect(vehicle["make"] == .string("Škoda"))
    }

    @Test func exposesTheRecordToTemplates() throws {
        let customer = try decode(Self.good).get()
        guard case .object(let fields) = customer.liquidValue else { throw CancellationError() }
        #expect(fields["display_name"] == .string("Ms Zoë <Bosch>"))
        #expect(fields["segment"] == .string(""))
        #expect(fields["vehicle"] != nil)
        let invoice = try #require(customer.invoices.first)
        guard case .object(let invoiceFields) = invoice.liquidValue(asOf: try #require(LocalDate(iso: "2026-11-29")))
        else { throw CancellationError() }
        #expect(invoiceFields["days_overdue"] == .integer(29))
        #expect(invoiceFields["amount"] == .decimal(try #require(DecimalText.parse("0.10"))))
    }

    @Test func reportsMalformedJSONWithItsColumnAndKnownCustomer() throws {
        let reject = try reject(#"{"customer_id": "BAD1", "locale": "nl-NL""#)
        #expect(reject.kind == .malformed)
        #expect(reject.customerID == "BAD1")
        #expect(reject.reason == "malformed JSON at column 42: unexpected end of line, expected ',' or '}' after field 'locale'")
        #expect(reject.problems.first?.column == 42)  // just past the last character
    }

    @Test(arguments: [
        [0xFF],  // never valid
        [0xF0, 0x9F, 0x98],  // a truncated four-byte character: repairing it keeps the length
        [0xC3],  // a lone lead byte
    ] as [[UInt8]])
    func rejectsStringsThatAreNotUTF8(_ bad: [UInt8]) throws {
        for escaped in [false, true] {  // strings with and without escapes are read differently
            let prefix = Array(#"{"customer_id": "C1", "given_name": "A"#.utf8) + (escaped ? Array(#"\n"#.utf8) : [])
            let line = prefix + bad + Array(#"B"}"#.utf8)
            guard case .failure(let reject) = RecordDecoder.decodeJSONLine(line, lineNumber: 1) else {
                Issue.record("expected a reject for \(bad), escaped: \(escaped)")
                continue
            }
            #expect(reject.kind == .malformed)
            #expect(reject.reason.contains("string is not valid UTF-8"))
        }
    }

    @Test func acceptsEveryValidCharacterInStrings() throws {
        let name = #"Zoë 🚗 \u00e9 \ud83d\ude97 x\ty"#
        let line = Self.good.replacingOccurrences(of: #""given_name": "Zoë""#, with: #""given_name": ""# + name + #"""#)
        let customer = try? decode(line).get()
        #expect(customer?.givenName == "Zoë 🚗 é 🚗 x\ty")
    }

    @Test func reportsTextThatIsNotJSON() throws {
        let reject = try reject("not json at all")
        #expect(reject.customerID == nil)
        #expect(reject.reason.hasPrefix("malformed JSON at column 1: unexpected 'n'"))
    }

    @Test func reportsWrongTypes() throws {
        let reject = try reject(#"{"customer_id": 42, "invoices": "none"}"#)
        #expect(reject.customerID == nil)
        #expect(reject.problems.map(\.message) == [
            "field 'customer_id' must be a string, found the number 42",
            "missing required field 'locale'",
            "missing required field 'preferred_channel'",
            "field 'invoices' must be an array of invoice objects, found a string",
        ])
        #expect(reject.problems.first?.column == 17)
    }

    @Test func reportsEveryBadFieldOfAnInvoice() throws {
        let line = #"{"customer_id": "BAD4", "given_name": "X", "invoices": [{"invoice_number": "I", "due_date": "2026-13-45", "amount": "1,2.3"}]}"#
        let reject = try reject(line)
        #expect(reject.customerID == "BAD4")
        let messages = reject.problems.map(\.message)
        #expect(messages.contains("missing required field 'locale'"))
        #expect(messages.contains("invalid date '2026-13-45' in invoices[0].due_date: use YYYY-MM-DD"))
        #expect(messages.contains("invalid amount '1,2.3' in invoices[0].amount: use digits with '.' as decimal mark, such as 1234.50"))
        #expect(messages.contains("missing required field 'invoices[0].currency'"))
        #expect(messages.contains("missing required field 'invoices[0].status'"))
        let dateProblem = try #require(reject.problems.first { $0.field == "invoices[0].due_date" })
        #expect(dateProblem.column == 93)
    }

    @Test func suggestsTheFieldAMisspeltNameMeant() throws {
        let line = #"{"customer_id": "C9", "locale": "en-GB", "prefered_channel": "sms", "invoices": []}"#
        let reject = try reject(line)
        #expect(reject.reason == "missing required field 'preferred_channel': found 'prefered_channel', did you mean 'preferred_channel'?")
    }

    @Test func refusesAPaidInvoiceWithoutItsPaymentDate() throws {
        let line = #"{"customer_id": "C9", "locale": "en-GB", "preferred_channel": "sms", "invoices": [{"invoice_number": "A", "due_date": "2026-01-01", "amount": "5", "currency": "GBP", "status": "paid"}]}"#
        #expect(try reject(line).problems.first?.field == "invoices[0].paid_date")
    }

    @Test func refusesUnknownChannelsAndStatusesWithASuggestion() throws {
        let line = #"{"customer_id": "C9", "locale": "en_GB", "preferred_channel": "emails", "invoices": [{"invoice_number": "A", "due_date": "2026-01-01", "amount": "5", "currency": "GBP", "status": "opn"}, {"invoice_number": "A", "due_date": "2026-01-01", "amount": 5, "currency": "GBP", "status": "open"}]}"#
        let messages = try reject(line).problems.map(\.message)
        #expect(messages.contains("invalid locale 'en_GB' in locale: use a BCP 47 tag such as 'nl-NL'"))
        #expect(messages.contains("invalid preferred_channel 'emails': use email, sms or letter (did you mean 'email'?)"))
        #expect(messages.contains("invalid status 'opn' in invoices[0].status: use open, disputed or paid (did you mean 'open'?)"))
    }

    @Test func refusesDuplicateInvoiceNumbers() throws {
        let line = #"{"customer_id": "C9", "locale": "en-GB", "preferred_channel": "sms", "invoices": [{"invoice_number": "A", "due_date": "2026-01-01", "amount": "5", "currency": "GBP", "status": "open"}, {"invoice_number": "A", "due_date": "2026-01-01", "amount": 5, "currency": "GBP", "status": "open"}]}"#
        #expect(try reject(line).reason.contains("duplicate invoice number 'A'"))
    }

    @Test(arguments: [
        "[1, 2]", "{", "{\"a\": tru}", "{\"a\": 01}", "{\"a\": \"\\x\"}", "{\"a\": \"\u{01}\"}", "{\"a\": 1}}",
        String(repeating: "[", count: 200), "{\"a\": \"\\ud800\"}",
    ])
    func neverCrashesOnHostileInput(_ line: String) {
        guard case .failure(let reject) = decode(line) else {
            Issue.record("expected a reject for \(line)")
            return
        }
        #expect(!reject.reason.isEmpty)
    }

    @Test func decodesUnicodeEscapes() throws {
        let line = #"{"customer_id": "C\u00e9\ud83d\ude97", "locale": "fr-FR", "preferred_channel": "letter", "invoices": []}"#
        #expect(try decode(line).get().id == "Cé🚗")
    }

    @Test func makesADiagnosticThatPointsAtTheLine() throws {
        let reject = try reject(#"{"customer_id": "BAD1", "locale": "nl-NL""#)
        let diagnostic = reject.diagnostic(file: "data/customers.jsonl")
        #expect(diagnostic.location?.description == "data/customers.jsonl:1:42")
        #expect(diagnostic.code == "input.malformed-record")
        #expect(diagnostic.message.hasPrefix("customer 'BAD1': malformed JSON"))
    }
}
