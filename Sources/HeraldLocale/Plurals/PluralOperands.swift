import Foundation

/// The CLDR plural operands of a number (UTS #35, "Plural Operand Meanings").
///
/// Built from the number's decimal digits as written, so `1.50` has `v = 2` and `1` has `v = 0`.
public struct PluralOperands: Sendable, Hashable {
    /// `n`: the absolute value.
    public var n: Decimal
    /// `i`: the integer digits of `n`.
    public var i: Int
    /// `v`: the number of visible fraction digits, with trailing zeros.
    public var v: Int
    /// `f`: the visible fraction digits, with trailing zeros, as an integer.
    public var f: Int
    /// `t`: the visible fraction digits, without trailing zeros, as an integer.
    public var t: Int
    /// `e`: the compact decimal exponent (always 0: Herald does not format compact numbers).
    public var e: Int

    /// Creates the operands of an integer.
    public init(_ value: Int) {
        n = Decimal(value.magnitude)
        i = Int(value.magnitude)
        v = 0
        f = 0
        t = 0
        e = 0
    }

    /// Creates the operands of a number written in plain decimal notation, such as `-1.50`.
    ///
    /// - Returns: `nil` when `text` is not a plain decimal number.
    public init?(_ text: String) {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !integer.isEmpty, integer.allSatisfy(\.isASCIIDigitCharacter),
            fraction.allSatisfy(\.isASCIIDigitCharacter), let value = Decimal(string: String(digits))
        else { return nil }
        n = value
        // Integers beyond Int's range never meet a rule's `i = …` test except `i % 1000000 = 0`.
        let trimmed = integer.drop(while: { $0 == "0" })
        if trimmed.count > 18 {
            i = Int(trimmed.suffix(18)) ?? 0
            if i == 0 { i = 1_000_000_000_000_000_000 }  // keep i != 0 for huge round numbers
        } else {
            i = Int(trimmed) ?? 0
        }
        v = fraction.count
        f = Int(fraction.prefix(18)) ?? 0
        let significant = fraction.reversed().drop(while: { $0 == "0" })
        t = Int(String(significant.reversed()).prefix(18)) ?? 0
        e = 0
    }

    /// Creates the operands of a decimal, as its shortest plain notation writes it.
    public init(_ value: Decimal) {
        self = PluralOperands(value.description) ?? PluralOperands(0)
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
