import Foundation

extension NumberPattern {
    /// The digit runs and the separators between them of a formatted number's body.
    private struct Body {
        var prefix: String
        var suffix: String
        var runs: [Int] = []
        var separators: [String] = []

        /// Splits `text` (the output of ICU for a probe number) around its ASCII digits.
        init?(_ text: String) {
            let scalars = Array(text.unicodeScalars)
            guard let first = scalars.firstIndex(where: Self.isDigit),
                let last = scalars.lastIndex(where: Self.isDigit)
            else { return nil }
            prefix = String(String.UnicodeScalarView(scalars[..<first]))
            suffix = String(String.UnicodeScalarView(scalars[(last + 1)...]))
            var index = first
            while index <= last {
                let start = index
                if Self.isDigit(scalars[index]) {
                    while index <= last, Self.isDigit(scalars[index]) { index += 1 }
                    runs.append(index - start)
                } else {
                    while index <= last, !Self.isDigit(scalars[index]) { index += 1 }
                    separators.append(String(String.UnicodeScalarView(scalars[start..<index])))
                }
            }
        }

        static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    }

    /// Derives the plain-number pattern of a locale from ICU's output for probe numbers.
    static func number(locale: Locale) -> NumberPattern {
        var pattern = NumberPattern()
        let probe = Decimal(string: "123456789.25") ?? 0
        if let body = Body(probe.formatted(.number.locale(locale))), body.separators.count >= 1 {
            pattern.decimalSeparator = body.separators[body.separators.count - 1]
            if body.separators.count >= 2 {
                pattern.groupSeparator = body.separators[0]
                let integerRuns = body.runs.dropLast()
                pattern.primaryGroup = integerRuns.last ?? 3
                pattern.secondaryGroup = integerRuns.count >= 3 ? integerRuns[integerRuns.count - 2] : pattern.primaryGroup
            } else {
                pattern.primaryGroup = 0  // this locale does not group digits
            }
        }
        if !Decimal(1234).formatted(.number.locale(locale)).contains(pattern.groupSeparator) {
            pattern.minimumGrouping = 2
        }
        if let negative = Body((-probe).formatted(.number.locale(locale))) {
            pattern.negativePrefix = negative.prefix
            pattern.negativeSuffix = negative.suffix
        }
        return pattern
    }

    /// Derives the percent pattern: the number's separators, with ICU's percent sign and spacing.
    static func percent(locale: Locale, number: NumberPattern) -> NumberPattern {
        var pattern = number
        if let positive = Body(Decimal(string: "0.5").map { $0.formatted(.percent.locale(locale)) } ?? "") {
            pattern.positivePrefix = positive.prefix
            pattern.positiveSuffix = positive.suffix
        }
        if let negative = Body(Decimal(string: "-0.5").map { $0.formatted(.percent.locale(locale)) } ?? "") {
            pattern.negativePrefix = negative.prefix
            pattern.negativeSuffix = negative.suffix
        }
        return pattern
    }

    /// Derives the money pattern for one currency: symbol, its place and spacing, the
    /// currency's fraction digits and the separators money uses.
    static func currency(_ code: String, locale: Locale, number: NumberPattern) -> NumberPattern {
        var pattern = number
        let probe = Decimal(123_456_789)
        guard let body = Body(probe.formatted(.currency(code: code).locale(locale))) else { return pattern }
        pattern.positivePrefix = body.prefix
        pattern.positiveSuffix = body.suffix
        let separators = body.separators
        if let last = separators.last, last != separators.first || (separators.count == 1 && body.runs.count == 2 && body.runs[1] != 3) {
            // The last separator is the decimal separator: 123.456.789,00 or 123456789,00.
            pattern.decimalSeparator = last
            pattern.fractionDigits = body.runs.last ?? 2
            if separators.count >= 2 { pattern.groupSeparator = separators[0] }
        } else {
            pattern.fractionDigits = 0
            if let first = separators.first { pattern.groupSeparator = first }
        }
        if let negative = Body((-probe).formatted(.currency(code: code).locale(locale))) {
            pattern.negativePrefix = negative.prefix
            pattern.negativeSuffix = negative.suffix
        }
        return pattern
    }
}
