import Foundation
import HeraldLiquid
import HeraldModel

/// How one kind of number is written in one locale: separators, grouping and the text
/// around the digits. Derived once from ICU; used by the hand-written formatter.
struct NumberPattern: Sendable, Hashable {
    /// The text before and after the digits of a positive number: `€ ` and `` in nl-NL money.
    var positivePrefix = ""
    var positiveSuffix = ""
    /// The same for a negative number, including the minus sign: `€ -` in nl-NL money.
    var negativePrefix = "-"
    var negativeSuffix = ""
    var decimalSeparator = "."
    var groupSeparator = ","
    /// The size of the group next to the decimal separator, and of the groups after it.
    var primaryGroup = 3
    var secondaryGroup = 3
    /// CLDR's minimumGroupingDigits: 2 means `1234` is written without a separator.
    var minimumGrouping = 1
    /// The fraction digits money in this currency has (2 for EUR, 0 for JPY).
    var fractionDigits = 2

    /// Writes a decimal with a fixed number of fraction digits, or with at most `maximum`
    /// and no trailing zeros.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - minimum: The fewest fraction digits to show.
    ///   - maximum: The most fraction digits; the value is rounded half-even to this many, as ICU does.
    func format(_ value: Decimal, minimumFraction minimum: Int, maximumFraction maximum: Int) -> String {
        // Plain digits with an optional '.', such as "1234.5": split and regroup as bytes.
        let (isNegative, digits) = Self.roundedMagnitude(value, fractionDigits: maximum)
        let dot = digits.firstIndex(of: UInt8(ascii: ".")) ?? digits.count
        var fraction = dot < digits.count ? Array(digits[(dot + 1)...]) : []
        while fraction.count > minimum, fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        while fraction.count < minimum { fraction.append(UInt8(ascii: "0")) }

        var result = isNegative ? negativePrefix : positivePrefix
        result += groupedInteger(digits[..<dot])
        if !fraction.isEmpty {
            result += decimalSeparator
            result += String(decoding: fraction, as: UTF8.self)
        }
        result += isNegative ? negativeSuffix : positiveSuffix
        return result
    }

    /// The sign of `value` rounded half-even to `places` fraction digits, and its magnitude in
    /// plain digits (`1234.5`, trailing fraction zeros dropped). Amounts take the integer path
    /// of `DecimalParts`; Foundation's rounding and comparison cost far more.
    private static func roundedMagnitude(_ value: Decimal, fractionDigits places: Int) -> (Bool, [UInt8]) {
        if let scaled = DecimalParts(value)?.scaled(toFractionDigits: places) {
            let magnitude = DecimalParts(significand: scaled.magnitude, exponent: -places, isNegative: false)
            return (scaled < 0, Array(magnitude.plainText.utf8))
        }
        var source = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, places, .bankers)
        return (rounded < 0, Array(DecimalText.plainMagnitude(rounded).utf8))
    }

    /// The integer digits with group separators: the primary size next to the decimal
    /// separator, then the secondary size (12,34,567 in en-IN).
    private func groupedInteger(_ digits: ArraySlice<UInt8>) -> String {
        guard digits.count >= primaryGroup + minimumGrouping, primaryGroup > 0 else {
            return String(decoding: digits, as: UTF8.self)
        }
        let separator = Array(groupSeparator.utf8)
        var groupSizes: [Int] = []
        var remaining = digits.count
        var size = primaryGroup
        while remaining > 0 {
            groupSizes.append(min(size, remaining))
            remaining -= size
            size = max(1, secondaryGroup)
        }
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + groupSizes.count * separator.count)
        var index = digits.startIndex
        for (position, groupSize) in groupSizes.reversed().enumerated() {
            if position > 0 { out += separator }
            out += digits[index..<(index + groupSize)]
            index += groupSize
        }
        return String(decoding: out, as: UTF8.self)
    }
}
