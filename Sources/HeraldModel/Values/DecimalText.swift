import Foundation
import HeraldLiquid

/// Exact conversion between decimal text and `Decimal`, never through binary floating point.
///
/// Accepts the JSON number grammar (`-12.50`, `0.1`, `1e3`) and nothing else: no `+`, no
/// thousands separators, no comma as decimal mark, no spaces. `"0.10"` becomes the decimal
/// 10 × 10⁻², so `0.10 + 0.20 == 0.30` holds exactly.
public enum DecimalText {
    /// The most significant digits a `Decimal` holds exactly.
    public static let maximumDigits = 38

    /// Parses decimal text exactly, or returns `nil` when it is not a plain decimal number or
    /// has more than ``maximumDigits`` significant digits.
    public static func parse(_ text: some StringProtocol) -> Decimal? {
        let bytes = Array(text.utf8)
        var index = 0
        var isNegative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            isNegative = true
            index += 1
        }
        var digits: [UInt8] = []
        var integerDigits = 0
        while index < bytes.count, isDigit(bytes[index]) {
            digits.append(bytes[index] - UInt8(ascii: "0"))
            integerDigits += 1
            index += 1
        }
        guard integerDigits > 0 else { return nil }
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) {
                digits.append(bytes[index] - UInt8(ascii: "0"))
                fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0 else { return nil }
        }
        var exponent = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentSign = 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentSign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
            }
            var exponentDigits = 0
            while index < bytes.count, isDigit(bytes[index]) {
                exponent = min(exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")), 1000)
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent *= exponentSign
        }
        guard index == bytes.count else { return nil }
        // Drop leading zeros; they carry no value.
        let significant = digits.drop(while: { $0 == 0 })
        guard significant.count <= maximumDigits else { return nil }
        var significand = Decimal(0)
        if significant.count <= 19 {
            // Fits in a UInt64: one conversion instead of a Decimal multiply per digit.
            significand = Decimal(significant.reduce(UInt64(0)) { $0 * 10 + UInt64($1) })
        } else {
            for digit in significant {
                significand = significand * 10 + Decimal(Int(digit))
            }
        }
        let scale = exponent - fractionDigits
        guard (-128...127).contains(scale) else { return nil }
        return Decimal(sign: isNegative && !significant.isEmpty ? .minus : .plus, exponent: scale, significand: significand)
    }

    /// The magnitude of `value` in plain notation, without sign or exponent: `1234.5`, `0.05`,
    /// `1200`; trailing fraction zeros are dropped (`1234.50` gives `1234.5`).
    ///
    /// Formatting reads amounts this way many times per message; `Decimal.description` costs
    /// about a microsecond a call, `DecimalParts` a few dozen nanoseconds for every amount with
    /// a significand of up to 64 bits, falling back to the description otherwise.
    public static func plainMagnitude(_ value: Decimal) -> String {
        if var parts = DecimalParts(value) {
            parts.isNegative = false
            return parts.plainText
        }
        var text = format(value)
        if text.hasPrefix("-") { text.removeFirst() }
        return text
    }

    /// Plain decimal text with at least `minimumFractionDigits` digits after the point:
    /// `format(12.5, minimumFractionDigits: 2) == "12.50"`. Never uses exponent notation.
    public static func format(_ value: Decimal, minimumFractionDigits: Int = 0) -> String {
        var text = DecimalParts(value)?.plainText ?? value.description
        if text.utf8.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) { text = "\(value)" }
        guard minimumFractionDigits > 0 else { return text }
        if let dot = text.utf8.firstIndex(of: UInt8(ascii: ".")) {
            let existing = text.utf8.distance(from: text.utf8.index(after: dot), to: text.utf8.endIndex)
            if existing < minimumFractionDigits {
                text += String(repeating: "0", count: minimumFractionDigits - existing)
            }
        } else {
            text += "." + String(repeating: "0", count: minimumFractionDigits)
        }
        return text
    }

    /// `value` rounded half away from zero to `places` fraction digits.
    public static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
