import Foundation

/// A `Decimal` read as a sign, a 64-bit significand and a power of ten, without Foundation's
/// arithmetic.
///
/// Printing, comparing or rounding a `Decimal` through Foundation costs 150 ns to a
/// microsecond (`description` alone about 1,100 ns), and templates print and compare amounts
/// many times per message. Swift Foundation on Linux keeps the fields it stores (the NSDecimal
/// layout: exponent, length and flags, eight 16-bit mantissa words) internal, so they are read
/// from the value's bytes. That layout differs between Foundation implementations, so it is
/// checked once, against values built through the public API, before it is trusted; where the
/// check fails, `init?` returns nil and callers take Foundation's path.
public struct DecimalParts: Sendable, Hashable {
    /// The digits, as an integer.
    public var significand: UInt64
    /// The power of ten the significand is multiplied by.
    public var exponent: Int
    /// Whether the value is below zero (never set for zero).
    public var isNegative: Bool

    /// The value `significand` × 10^`exponent`, negative when `isNegative` (zero never is).
    public init(significand: UInt64, exponent: Int, isNegative: Bool) {
        self.significand = significand
        self.exponent = exponent
        self.isNegative = isNegative && significand != 0
    }

    /// The parts of `value`; nil for NaN, for a significand wider than 64 bits, and on a
    /// Foundation whose `Decimal` layout is not the one checked for.
    @inline(__always)
    public init?(_ value: Decimal) {
        guard Self.layoutIsKnown, let parts = Self.read(value) else { return nil }
        self = parts
    }

    /// The value rounded half to even to `places` fraction digits, as an integer count of
    /// 10^-places (cents for 2); nil when that does not fit in an `Int64`.
    public func scaled(toFractionDigits places: Int) -> Int64? {
        var magnitude: UInt64
        let shift = exponent &+ places
        if shift >= 0 {
            guard shift < Self.powersOfTen.count else { return significand == 0 ? 0 : nil }
            let (product, overflow) = significand.multipliedReportingOverflow(by: Self.powersOfTen[shift])
            guard !overflow else { return nil }
            magnitude = product
        } else if -shift >= Self.powersOfTen.count {
            magnitude = 0  // Below half of the last place: significand < 2^64 < 0.5 × 10^20.
        } else {
            let divisor = Self.powersOfTen[-shift]
            let (quotient, remainder) = significand.quotientAndRemainder(dividingBy: divisor)
            magnitude = quotient
            let half = divisor / 2
            if remainder > half || (remainder == half && quotient & 1 == 1) { magnitude &+= 1 }
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return isNegative ? -Int64(magnitude) : Int64(magnitude)
    }

    /// Plain notation without exponent or trailing fraction zeros, as `Decimal.description`
    /// writes it: `-1234.5`, `0.05`, `1200`.
    public var plainText: String {
        guard significand != 0 else { return "0" }
        var digits = String(significand)
        if exponent >= 0 {
            digits += String(repeating: "0", count: exponent)
            return isNegative ? "-" + digits : digits
        }
        var fractionCount = -exponent
        while fractionCount > 0, digits.utf8.last == UInt8(ascii: "0") {
            digits.removeLast()
            fractionCount -= 1
        }
        if fractionCount > 0 {
            if digits.utf8.count <= fractionCount {
                digits = String(repeating: "0", count: fractionCount - digits.utf8.count + 1) + digits
            }
            let point = digits.utf8.index(digits.utf8.endIndex, offsetBy: -fractionCount)
            digits = String(digits[..<point]) + "." + String(digits[point...])
        }
        return isNegative ? "-" + digits : digits
    }

    /// Orders two values, or nil when aligning their exponents overflows 64 bits.
    public static func compare(_ lhs: DecimalParts, _ rhs: DecimalParts) -> ComparisonResult? {
        let lhsSign = lhs.significand == 0 ? 0 : lhs.isNegative ? -1 : 1
        let rhsSign = rhs.significand == 0 ? 0 : rhs.isNegative ? -1 : 1
        if lhsSign != rhsSign { return lhsSign < rhsSign ? .orderedAscending : .orderedDescending }
        if lhsSign == 0 { return .orderedSame }
        guard let magnitudes = alignedMagnitudes(lhs, rhs) else { return nil }
        if magnitudes.0 == magnitudes.1 { return .orderedSame }
        return (magnitudes.0 < magnitudes.1) == (lhsSign > 0) ? .orderedAscending : .orderedDescending
    }

    /// Both significands at the smaller exponent.
    private static func alignedMagnitudes(_ lhs: DecimalParts, _ rhs: DecimalParts) -> (UInt64, UInt64)? {
        func raised(_ parts: DecimalParts, by places: Int) -> UInt64? {
            guard places < powersOfTen.count else { return nil }
            let (product, overflow) = parts.significand.multipliedReportingOverflow(by: powersOfTen[places])
            return overflow ? nil : product
        }
        if lhs.exponent >= rhs.exponent {
            guard let left = raised(lhs, by: lhs.exponent - rhs.exponent) else { return nil }
            return (left, rhs.significand)
        }
        guard let right = raised(rhs, by: rhs.exponent - lhs.exponent) else { return nil }
        return (lhs.significand, right)
    }

    /// 10^0 … 10^19, every power of ten a `UInt64` holds.
    private static let powersOfTen: [UInt64] = (0...19).reduce(into: []) { powers, index in
        powers.append(index == 0 ? 1 : powers[index - 1] * 10)
    }

    /// Decodes the NSDecimal layout as Swift Foundation stores it: byte 0 the exponent, byte 1
    /// the length (high nibble) and the sign (bit 3), bytes 4–19 the mantissa words, least
    /// significant first.
    private static func read(_ value: Decimal) -> DecimalParts? {
        withUnsafeBytes(of: value) { bytes -> DecimalParts? in
            let exponent = Int(Int8(bitPattern: bytes[0]))
            let flags = bytes[1]
            let length = Int(flags >> 4)
            let isNegative = flags & 0b1000 != 0
            guard length <= 4 else { return nil }
            if length == 0 { return isNegative ? nil : DecimalParts(significand: 0, exponent: 0, isNegative: false) }
            var significand: UInt64 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                significand = significand << 16 | UInt64(bytes.loadUnaligned(fromByteOffset: 4 + 2 * word, as: UInt16.self))
            }
            return DecimalParts(significand: significand, exponent: exponent, isNegative: isNegative)
        }
    }

    /// Whether `read` decodes this Foundation's `Decimal`: checked on values built through the
    /// public API, of every length `read` accepts, both signs, and both kinds of exponent.
    private static let layoutIsKnown: Bool = {
        guard MemoryLayout<Decimal>.size == 20, read(Decimal.nan) == nil else { return false }
        let samples: [DecimalParts] = [
            DecimalParts(significand: 7, exponent: 3, isNegative: false),
            DecimalParts(significand: 123_456, exponent: -2, isNegative: true),
            DecimalParts(significand: 98_765_432_101, exponent: -11, isNegative: false),
            DecimalParts(significand: UInt64.max, exponent: -4, isNegative: true),
            DecimalParts(significand: 0, exponent: 0, isNegative: false),
        ]
        for sample in samples {
            let value = Decimal(
                sign: sample.isNegative ? .minus : .plus, exponent: sample.exponent,
                significand: Decimal(sample.significand))
            guard read(value) == sample else { return false }
        }
        return read(Decimal(string: "-1234.56") ?? 0) == DecimalParts(significand: 123_456, exponent: -2, isNegative: true)
    }()
}
