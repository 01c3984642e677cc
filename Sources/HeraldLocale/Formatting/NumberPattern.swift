import Foundation

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
        var source = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, maximum, .bankers)
        let isNegative = rounded < 0
        var text = rounded.description
        if text.hasPrefix("-") { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts[0]
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count > minimum, fraction.hasSuffix("0") { fraction.removeLast() }
        if fraction.count < minimum { fraction += String(repeating: "0", count: minimum - fraction.count) }

        var result = isNegative ? negativePrefix : positivePrefix
        appendGrouped(integer, to: &result)
        if !fraction.isEmpty {
            result += decimalSeparator
            result += fraction
        }
        result += isNegative ? negativeSuffix : positiveSuffix
        return result
    }

    private func appendGrouped(_ digits: Substring, to result: inout String) {
        let count = digits.count
        guard count >= primaryGroup + minimumGrouping, primaryGroup > 0 else {
            result += digits
            return
        }
        // Groups from the right: the primary size, then the secondary size (12,34,567 in en-IN).
        var groups: [Substring] = []
        var end = digits.endIndex
        var size = primaryGroup
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -size, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.append(digits[start..<end])
            end = start
            size = max(1, secondaryGroup)
        }
        result += groups.reversed().joined(separator: groupSeparator)
    }
}
