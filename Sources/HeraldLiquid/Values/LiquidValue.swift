import Foundation
import OrderedCollections

/// A value that Liquid templates read: the data a host passes in, and everything expressions,
/// tags and filters produce.
///
/// Money stays decimal end to end: amounts are `.decimal`, never `.double`.
public enum LiquidValue: Sendable, Hashable {
    /// Ruby's `nil`: undefined variables and missing properties.
    case `nil`
    /// `true` or `false`.
    case bool(Bool)
    /// A Ruby Integer.
    case integer(Int)
    /// A Ruby Float.
    case double(Double)
    /// A decimal number, such as a money amount. Rendered without binary rounding.
    case decimal(Decimal)
    /// A string.
    case string(String)
    /// An array.
    case array([LiquidValue])
    /// A hash with string keys, in insertion order, shared by reference (see `LiquidObject`).
    case object(LiquidObject)
    /// An integer range `(lower..upper)`, inclusive at both ends.
    case range(lower: Int, upper: Int)
}

extension LiquidValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    /// Creates `.nil`.
    public init(nilLiteral: ()) { self = .nil }
    /// Creates `.bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// Creates `.integer`.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// Creates `.double`.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// Creates `.string`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Creates `.array`.
    public init(arrayLiteral elements: LiquidValue...) { self = .array(elements) }
    /// Creates `.object`, keeping the literal's key order.
    public init(dictionaryLiteral elements: (String, LiquidValue)...) {
        self = .object(LiquidObject(keysAndValues: elements))
    }
}
