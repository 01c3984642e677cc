import Foundation
import OrderedCollections

extension LiquidValue {
    /// The value of the `blank` literal once stored in a variable (`assign x = blank`).
    static let blankMarker: LiquidValue = .object(LiquidObject(["\u{0}liquid:blank": .nil], isMarker: true))
    /// The value of the `empty` literal once stored in a variable.
    static let emptyMarker: LiquidValue = .object(LiquidObject(["\u{0}liquid:empty": .nil], isMarker: true))

    var isSpecialMarker: Bool {
        if case .object(let object) = self { return object.isMarker }
        return false
    }

    /// `x == empty`: empty strings, arrays and hashes.
    var isEmptyValue: Bool {
        switch self {
        case .string(let text): text.isEmpty
        case .array(let values): values.isEmpty
        case .object(let pairs): pairs.isEmpty || self == .emptyMarker
        case .range(let lower, let upper): upper < lower
        default: false
        }
    }

    /// `x == blank`: nil, false, whitespace-only strings, and empty arrays and hashes.
    var isBlankValue: Bool {
        switch self {
        case .nil, .bool(false): true
        case .string(let text): text.allSatisfy(\.isWhitespace)
        case .array(let values): values.isEmpty
        case .object(let pairs): pairs.isEmpty || self == .blankMarker
        default: false
        }
    }

    /// A number as a Decimal, for comparisons across integer, float and decimal.
    var numericDecimal: Decimal? {
        switch self {
        case .integer(let value): Decimal(value)
        case .double(let value): value.isFinite ? Decimal(value) : nil
        case .decimal(let value): value
        default: nil
        }
    }

    /// The order of two numbers, at least one a decimal, read through `DecimalParts` (about a
    /// hundredth of Foundation's comparison); nil when that cannot tell.
    private func fastDecimalOrder(_ other: LiquidValue) -> ComparisonResult? {
        guard let lhs = decimalParts, let rhs = other.decimalParts else { return nil }
        return DecimalParts.compare(lhs, rhs)
    }

    /// An integer or decimal as `DecimalParts`.
    private var decimalParts: DecimalParts? {
        switch self {
        case .integer(let value): DecimalParts(significand: UInt64(value.magnitude), exponent: 0, isNegative: value < 0)
        case .decimal(let value): DecimalParts(value)
        default: nil
        }
    }

    var isNumber: Bool {
        switch self {
        case .integer, .double, .decimal: true
        default: false
        }
    }

    /// Ruby `==` as Liquid conditions use it: numbers compare by value, other types never equal
    /// each other, and `blank` / `empty` compare by emptiness.
    func liquidEquals(_ other: LiquidValue) -> Bool {
        if self == .blankMarker { return other != .blankMarker && other != .emptyMarker && other.isBlankValue }
        if other == .blankMarker { return self != .emptyMarker && isBlankValue }
        if self == .emptyMarker { return other != .emptyMarker && other.isEmptyValue }
        if other == .emptyMarker { return isEmptyValue }
        switch (self, other) {
        case (.integer(let a), .integer(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.integer(let a), .double(let b)): return Double(a) == b
        case (.double(let a), .integer(let b)): return a == Double(b)
        case (.decimal, _), (_, .decimal):
            if let order = fastDecimalOrder(other) { return order == .orderedSame }
            guard let a = numericDecimal, let b = other.numericDecimal else { return false }
            return a == b
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.liquidEquals($1) }
        default:
            return self == other
        }
    }

    /// Ruby `<=>` for `<`, `>`, `<=`, `>=`: nil when the values do not compare (the condition is
    /// false); throws when Ruby raises (a number against a string).
    func liquidCompare(_ other: LiquidValue) throws(LocatedFailure) -> ComparisonResult? {
        if isSpecialMarker || other.isSpecialMarker { return nil }
        switch (self, other) {
        case (.integer(let a), .integer(let b)): return a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
        case (.string(let a), .string(let b)):
            return a.utf8.lexicographicallyPrecedes(b.utf8)
                ? .orderedAscending : a == b ? .orderedSame : .orderedDescending
        default: break
        }
        if isNumber, other.isNumber {
            switch (self, other) {
            case (.decimal, _), (_, .decimal):
                if let order = fastDecimalOrder(other) { return order }
                guard var a = numericDecimal, var b = other.numericDecimal else { return nil }
                return NSDecimalCompare(&a, &b)
            default:
                let a = doubleValue ?? 0
                let b = other.doubleValue ?? 0
                if a.isNaN || b.isNaN { return nil }
                return a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
            }
        }
        if (isNumber && other.isString) || (isString && other.isNumber) {
            throw LocatedFailure(
                LiquidErrorCode.type, "comparison of \(rubyClassName) with \(other.rubyClassName) failed", at: 0)
        }
        return nil
    }

    var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .double(let value): value
        case .decimal(let value): NSDecimalNumber(decimal: value).doubleValue
        default: nil
        }
    }

    var isString: Bool {
        if case .string = self { return true }
        return false
    }

    /// The Ruby class name, for messages.
    var rubyClassName: String {
        switch self {
        case .nil: "nil"
        case .bool(let value): value ? "true" : "false"
        case .integer: "Integer"
        case .double: "Float"
        case .decimal: "BigDecimal"
        case .string: "String"
        case .array: "Array"
        case .object: "Hash"
        case .range: "Range"
        }
    }
}
