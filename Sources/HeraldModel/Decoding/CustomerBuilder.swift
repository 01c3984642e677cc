import Foundation
import HeraldDiagnostics
import HeraldLiquid
import OrderedCollections

/// Turns a parsed record into a ``Customer``, collecting every problem instead of stopping at
/// the first, so one reject tells the user all that is wrong with a line.
struct CustomerBuilder {
    private var problems: [Reject.Problem] = []
    private let columnOf: (Int) -> Int?
    private let invoicePlace: (Int) -> String?
    private let decimalComma: Bool

    /// - Parameters:
    ///   - columnOf: Maps a value's byte offset to a column (or `nil` for CSV).
    ///   - invoicePlace: Where the invoice at an index was read, when that is not the record's
    ///     own line, such as `invoices.csv:1707`; problems in that invoice start with it.
    ///   - decimalComma: Whether amounts may use `,` as the decimal mark (`1234,50`), as the
    ///     `;`-separated CSV of Dutch, German and French spreadsheets do.
    init(
        columnOf: @escaping (Int) -> Int?, invoicePlace: @escaping (Int) -> String? = { _ in nil },
        decimalComma: Bool = false
    ) {
        self.columnOf = columnOf
        self.invoicePlace = invoicePlace
        self.decimalComma = decimalComma
    }

    mutating func build(from node: JSONNode, lineNumber: Int) -> Result<Customer, Reject> {
        guard case .object(let members) = node.value else {
            let problem = Reject.Problem(
                field: nil, message: "a record must be a JSON object, found \(node.kindDescription)",
                column: columnOf(node.offset))
            return .failure(Reject(line: lineNumber, customerID: nil, problems: [problem], kind: .malformed))
        }
        let id = requiredText(node, "customer_id")
        let locale = requiredText(node, "locale").flatMap { validLocale($0, node: node["locale"]) }
        let channel = requiredText(node, "preferred_channel").flatMap {
            validChannel($0, node: node["preferred_channel"])
        }
        let country = optionalText(node, "country").uppercased()
        if !country.isEmpty, !country.isASCIICode(length: 2...2) {
            add("country", "invalid country '\(country)' in country: use an ISO 3166-1 alpha-2 code such as 'NL'", node["country"])
        }
        var invoices: [Invoice] = []
        if let list = required(node, "invoices") {
            if case .array(let elements) = list.value {
                var seen: Set<String> = []
                for (index, element) in elements.enumerated() {
                    let firstProblem = problems.count
                    defer { place(problems[firstProblem...].indices, at: invoicePlace(index)) }
                    guard let invoice = buildInvoice(element, path: "invoices[\(index)]") else { continue }
                    if !seen.insert(invoice.number).inserted {
                        add("invoices[\(index)].invoice_number",
                            "duplicate invoice number '\(invoice.number)' in invoices[\(index)].invoice_number: each invoice once per customer",
                            element["invoice_number"])
                    }
                    invoices.append(invoice)
                }
            } else {
                add("invoices", "field 'invoices' must be an array of invoice objects, found \(list.kindDescription)", list)
            }
        }
        let segment = optionalText(node, "segment")
        let holdUntil = optionalDate(node, "hold_until")
        var extra: OrderedDictionary<String, LiquidValue> = [:]
        for (key, value) in members where !Customer.knownFields.contains(key) {
            extra[key] = Self.liquidValue(of: value)
        }
        let customerID: String? = id.flatMap { $0.isEmpty ? nil : $0 }
        guard problems.isEmpty, let customerID, let locale, let channel else {
            return .failure(Reject(line: lineNumber, customerID: customerID, problems: problems))
        }
        return .success(
            Customer(
                id: customerID, givenName: optionalText(node, "given_name"), familyName: optionalText(node, "family_name"),
                salutation: optionalText(node, "salutation"), company: optionalText(node, "company"), locale: locale,
                preferredChannel: channel, email: String(optionalText(node, "email").trimmingWhitespace),
                phone: ContactValidation.e164(String(optionalText(node, "phone").trimmingWhitespace)), street: optionalText(node, "street"),
                postalCode: optionalText(node, "postal_code", allowNumber: true), city: optionalText(node, "city"),
                country: country, segment: segment.isEmpty ? nil : segment, holdUntil: holdUntil,
                holdReason: optionalText(node, "hold_reason"), invoices: invoices, extra: extra))
    }

    // MARK: Invoices

    private mutating func buildInvoice(_ node: JSONNode, path: String) -> Invoice? {
        guard case .object(let members) = node.value else {
            add(path, "\(path) must be an invoice object, found \(node.kindDescription)", node)
            return nil
        }
        let before = problems.count
        let number = requiredText(node, "invoice_number", path: path, allowNumber: true)
        let issueDate = optionalDate(node, "issue_date", path: path)
        let dueDate = requiredText(node, "due_date", path: path).flatMap {
            validDate($0, field: "\(path).due_date", node: node["due_date"])
        }
        let amount = requiredAmount(node, "amount", path: path)
        let openAmount = optionalAmount(node, "open_amount", path: path)
        let currency = requiredText(node, "currency", path: path).flatMap {
            validCurrency($0, field: "\(path).currency", node: node["currency"])
        }
        let status = requiredText(node, "status", path: path).flatMap {
            validStatus($0, field: "\(path).status", node: node["status"])
        }
        let paidDate = optionalDate(node, "paid_date", path: path)
        let promisedDate = optionalDate(node, "promised_date", path: path)
        if status == .paid, paidDate == nil, node["paid_date"].map({ Self.isAbsent($0) }) ?? true {
            add("\(path).paid_date", "missing field '\(path).paid_date': a paid invoice needs the date it was paid (YYYY-MM-DD)", node)
        }
        var extra: OrderedDictionary<String, LiquidValue> = [:]
        for (key, value) in members where !Invoice.knownFields.contains(key) {
            extra[key] = Self.liquidValue(of: value)
        }
        guard problems.count == before, let number, let dueDate, let amount, let currency, let status else { return nil }
        return Invoice(
            number: number, issueDate: issueDate, dueDate: dueDate, amount: amount, openAmount: openAmount,
            currency: currency, status: status, paidDate: paidDate, description: optionalText(node, "description"),
            promisedDate: promisedDate, extra: extra)
    }

    // MARK: Field readers

    private mutating func required(_ node: JSONNode, _ key: String, path: String? = nil) -> JSONNode? {
        guard let value = node[key], !Self.isAbsent(value) else {
            let field = path.map { "\($0).\(key)" } ?? key
            var message = "missing required field '\(field)'"
            let known = path == nil ? Customer.knownFields : Invoice.knownFields
            if node[key] == nil, let typo = Suggestion.closest(to: key, in: node.keys.filter { !known.contains($0) }) {
                message += ": found '\(typo)', did you mean '\(key)'?"
            }
            add(field, message, node[key] ?? node)
            return nil
        }
        return value
    }

    private mutating func requiredText(
        _ node: JSONNode, _ key: String, path: String? = nil, allowNumber: Bool = false
    ) -> String? {
        guard let value = required(node, key, path: path) else { return nil }
        switch value.value {
        case .string(let text): return text
        case .number(let text) where allowNumber: return text
        default:
            let field = path.map { "\($0).\(key)" } ?? key
            add(field, "field '\(field)' must be a string, found \(value.kindDescription)", value)
            return nil
        }
    }

    /// A text field that may be absent, `null` or `""`; other kinds count as a problem.
    private mutating func optionalText(_ node: JSONNode, _ key: String, path: String? = nil, allowNumber: Bool = false) -> String {
        guard let value = node[key] else { return "" }
        switch value.value {
        case .null: return ""
        case .string(let text): return text
        case .number(let text) where allowNumber: return text
        default:
            let field = path.map { "\($0).\(key)" } ?? key
            add(field, "field '\(field)' must be a string, found \(value.kindDescription)", value)
            return ""
        }
    }

    private mutating func optionalDate(_ node: JSONNode, _ key: String, path: String? = nil) -> LocalDate? {
        let text = optionalText(node, key, path: path)
        guard !text.isEmpty else { return nil }
        return validDate(text, field: path.map { "\($0).\(key)" } ?? key, node: node[key])
    }

    private mutating func requiredAmount(_ node: JSONNode, _ key: String, path: String) -> Decimal? {
        guard let value = required(node, key, path: path) else { return nil }
        return amount(value, field: "\(path).\(key)")
    }

    private mutating func optionalAmount(_ node: JSONNode, _ key: String, path: String) -> Decimal? {
        guard let value = node[key], !Self.isAbsent(value) else { return nil }
        return amount(value, field: "\(path).\(key)")
    }

    private mutating func amount(_ value: JSONNode, field: @autoclosure () -> String) -> Decimal? {
        let text: String
        switch value.value {
        case .string(let string): text = string
        case .number(let literal): text = literal
        default:
            add(field(), "field '\(field())' must be an amount (string or number), found \(value.kindDescription)", value)
            return nil
        }
        let trimmed = text.trimmingWhitespace
        guard let decimal = DecimalText.parse(decimalComma ? Self.commaAsDecimalMark(trimmed) : trimmed) else {
            let advice =
                decimalComma
                ? "use digits with ',' or '.' as decimal mark and no thousands separators, such as 1234,50"
                : "use digits with '.' as decimal mark, such as 1234.50"
            add(field(), "invalid amount '\(text)' in \(field()): \(advice)", value)
            return nil
        }
        return decimal
    }

    /// `1234,50` as `1234.50`: one comma and no point is a decimal comma; anything else is
    /// returned as it is (`1.234,50` stays invalid rather than being guessed at).
    private static func commaAsDecimalMark(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ",")), !text.utf8.contains(UInt8(ascii: ".")),
            text.utf8.lazy.filter({ $0 == UInt8(ascii: ",") }).count == 1
        else { return text }
        return String(text.map { $0 == "," ? "." : $0 })
    }

    // MARK: Validation of values

    private mutating func validDate(_ text: String, field: @autoclosure () -> String, node: JSONNode?) -> LocalDate? {
        guard let date = LocalDate(iso: text) else {
            let example = Self.isoDate(fromDayFirst: text).map { ", such as \($0) for '\(text)'" } ?? ""
            add(field(), "invalid date '\(text)' in \(field()): use YYYY-MM-DD\(example)", node)
            return nil
        }
        return date
    }

    /// `29-11-2026`, `29.11.2026` or `29/11/2026` (day first, as European spreadsheets write
    /// dates) in ISO form, when it is a real date; only to show the user the form Herald reads.
    private static func isoDate(fromDayFirst text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" })
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        func padded(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        let iso = "\(year)-\(padded(month))-\(padded(day))"
        return LocalDate(iso: iso) == nil ? nil : iso
    }

    private mutating func validLocale(_ text: String, node: JSONNode?) -> String? {
        guard ContactValidation.isLocaleTag(text) else {
            add("locale", "invalid locale '\(text)' in locale: use a BCP 47 tag such as 'nl-NL'", node)
            return nil
        }
        return text
    }

    private mutating func validChannel(_ text: String, node: JSONNode?) -> ChannelKind? {
        if let channel = ChannelKind(rawValue: text.lowercased()) { return channel }
        var message = "invalid preferred_channel '\(text)': use email, sms or letter"
        if let suggestion = Suggestion.didYouMean(text.lowercased(), in: ChannelKind.allCases.map(\.rawValue)) {
            message += " (\(suggestion))"
        }
        add("preferred_channel", message, node)
        return nil
    }

    private mutating func validCurrency(_ text: String, field: @autoclosure () -> String, node: JSONNode?) -> String? {
        let code = text.uppercased()
        guard code.isASCIICode(length: 3...3) else {
            add(field(), "invalid currency '\(text)' in \(field()): use an ISO 4217 code such as 'EUR'", node)
            return nil
        }
        return code
    }

    private mutating func validStatus(_ text: String, field: @autoclosure () -> String, node: JSONNode?) -> InvoiceStatus? {
        if let status = InvoiceStatus(rawValue: text.lowercased()) { return status }
        var message = "invalid status '\(text)' in \(field()): use open, disputed or paid"
        if let suggestion = Suggestion.didYouMean(text.lowercased(), in: InvoiceStatus.allCases.map(\.rawValue)) {
            message += " (\(suggestion))"
        }
        add(field(), message, node)
        return nil
    }

    /// Puts `place` (`invoices.csv:1707`) in front of the messages of these problems.
    private mutating func place(_ indices: Range<Int>, at place: String?) {
        guard let place else { return }
        for index in indices { problems[index].message = "\(place): \(problems[index].message)" }
    }

    private mutating func add(_ field: String, _ message: String, _ node: JSONNode?) {
        problems.append(Reject.Problem(field: field, message: message, column: node.flatMap { columnOf($0.offset) }))
    }

    private static func isAbsent(_ node: JSONNode) -> Bool {
        if case .null = node.value { return true }
        if case .string(let text) = node.value, text.trimmingWhitespace.isEmpty { return true }
        return false
    }

    // MARK: Pass-through values

    /// A JSON value as Liquid sees it: integers stay integers, other numbers become exact decimals.
    static func liquidValue(of node: JSONNode) -> LiquidValue {
        switch node.value {
        case .null: .nil
        case .bool(let flag): .bool(flag)
        case .number(let text):
            if let integer = Int(text) { .integer(integer) } else if let decimal = DecimalText.parse(text) {
                .decimal(decimal)
            } else { .string(text) }
        case .string(let text): .string(text)
        case .array(let elements): .array(elements.map(liquidValue(of:)))
        case .object(let members):
            .object(LiquidObject(keysAndValues: members.map { ($0.key, liquidValue(of: $0.value)) }))
        }
    }
}
