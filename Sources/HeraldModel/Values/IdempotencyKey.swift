/// The stable identity of one dunning message: the same customer, stage and invoices give
/// the same key on every run and machine, so the outbox and ledger can refuse a duplicate.
///
/// The key is FNV-1a 64 over `customer_id`, the stage id and the invoice numbers sorted by
/// byte order, separated by U+001F (unit separator, which ids do not contain), written as 16
/// lower-case hex digits.
///
/// ```swift
/// IdempotencyKey(customerID: "C0000001", stage: "reminder-1", invoiceNumbers: ["INV-2", "INV-1"]).value
/// ```
public struct IdempotencyKey: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 16 hex digits.
    public let value: String

    /// Computes the key; the order of `invoiceNumbers` does not matter.
    ///
    /// Takes an array and reads `String.UTF8View` directly: this runs for every planned
    /// message, and a generic `Sequence` parameter left the caller in another module with an
    /// unspecialized copy that fetched every byte through witness tables.
    public init(customerID: String, stage: String, invoiceNumbers: [String]) {
        let sorted = invoiceNumbers.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        func mix(_ text: String) {
            for byte in text.utf8 { mix(byte) }
        }
        mix(customerID)
        mix(0x1F)
        mix(stage)
        for number in sorted {
            mix(0x1F)
            mix(number)
        }
        let hex = String(hash, radix: 16)
        value = String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The 16 hex digits.
    public var description: String { value }
}
