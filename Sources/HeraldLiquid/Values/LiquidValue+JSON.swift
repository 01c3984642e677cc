import Foundation
import OrderedCollections

extension LiquidValue {
    /// How JSON numbers with a fraction or exponent become values.
    public enum JSONNumberStyle: Sendable {
        /// As `.double`, like Ruby's `JSON.parse`.
        case double
        /// As `.decimal`, exactly as written: for money.
        case decimal
    }

    /// Converts the output of `JSONSerialization.jsonObject(with:)` (or any tree of
    /// dictionaries, arrays, strings, numbers, booleans and `NSNull`). Integers become
    /// `.integer`, other numbers `.double`. Key order follows the dictionary's order.
    public init(jsonObject: Any) {
        switch jsonObject {
        case let value as LiquidValue:
            self = value
        case let text as String:
            self = .string(text)
        case let number as NSNumber:
            let type = String(cString: number.objCType)
            if type == "c" || type == "B" {
                self = .bool(number.boolValue)
            } else if type == "d" || type == "f" {
                self = .double(number.doubleValue)
            } else if type == "Q", number.uint64Value > UInt64(Int.max) {
                self = .double(number.doubleValue)
            } else {
                self = .integer(number.intValue)
            }
        case let bool as Bool:
            self = .bool(bool)
        case let int as Int:
            self = .integer(int)
        case let double as Double:
            self = .double(double)
        case let decimal as Decimal:
            self = .decimal(decimal)
        case let array as [Any]:
            self = .array(array.map(LiquidValue.init(jsonObject:)))
        case let dictionary as [String: Any]:
            var pairs = OrderedDictionary<String, LiquidValue>()
            pairs.reserveCapacity(dictionary.count)
            for (key, value) in dictionary { pairs[key] = LiquidValue(jsonObject: value) }
            self = .object(LiquidObject(pairs))
        default:
            self = .nil
        }
    }

    /// Parses JSON text, keeping object key order as written.
    /// - Parameter numbers: `.decimal` keeps fractional numbers exact (money).
    /// - Throws: `LiquidJSONError` for malformed JSON.
    public init(jsonData: Data, numbers: JSONNumberStyle = .double) throws {
        var parser = JSONValueParser(bytes: Array(jsonData), numbers: numbers)
        self = try parser.parseDocument()
    }

    /// Converts any `Encodable` value directly, without a JSON round trip: `Decimal` amounts
    /// stay `.decimal`, integers `.integer`, `Double` `.double`; keys keep the order the type
    /// encodes them in; `Date` becomes an ISO 8601 string, `URL` its absolute string.
    /// - Throws: whatever the value's `encode(to:)` throws.
    public init(encoding value: some Encodable) throws {
        self = try LiquidValueEncoder().encode(value)
    }
}

/// Malformed JSON given to `LiquidValue(jsonData:)`.
public struct LiquidJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// Byte offset in the input.
    public var offset: Int

    /// A one-line description.
    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}
