import Foundation

/// A number as Liquid's math filters see it: Ruby's `Utils.to_number`.
///
/// Ruby turns every Float into a `BigDecimal` of its shortest text before doing math, and
/// turns a `BigDecimal` result back into a Float. That is why `10.1 | minus: 2.2` gives
/// `7.9`, not `7.8999999999999995`. Host decimals (money) stay decimal throughout.
enum FilterNumber {
    /// A Ruby Integer.
    case integer(Int)
    /// A Ruby Float, held as the `BigDecimal` Ruby computes with; results become `.double`.
    case float(Decimal)
    /// A host decimal such as a money amount; results stay `.decimal`.
    case money(Decimal)
    /// A Float that has no decimal form (NaN, infinities, out of `Decimal` range).
    case binary(Double)

    /// Converts a value the way `Utils.to_number` does: numbers pass, strings that look like
    /// `-?\d+\.\d+` become decimals, other strings use `to_i`, everything else is 0.
    init(_ value: LiquidValue) {
        switch value {
        case .integer(let number): self = .integer(number)
        case .double(let number): self = Self.fromDouble(number)
        case .decimal(let number): self = number.isNaN ? .binary(.nan) : .money(number)
        case .string(let text): self = Self.parse(text)
        default: self = .integer(0)
        }
    }

    /// The Liquid value of a result: Integer stays integer, Ruby floats become `.double`,
    /// money stays `.decimal`.
    var liquidValue: LiquidValue {
        switch self {
        case .integer(let number): .integer(number)
        case .float(let number): .double(Self.double(number))
        case .money(let number): .decimal(number)
        case .binary(let number): .double(number)
        }
    }

    /// Whether this is a Ruby Integer.
    var isInteger: Bool {
        if case .integer = self { return true }
        return false
    }

    static func fromDouble(_ number: Double) -> FilterNumber {
        guard number.isFinite, number == 0 || (abs(number) < 1e120 && abs(number) > 1e-120),
            let decimal = Decimal(string: "\(number)")
        else { return .binary(number) }
        return .float(decimal)
    }

    /// Ruby's `String#to_number` rule.
    static func parse(_ text: String) -> FilterNumber {
        let bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, Ruby.isSpace(bytes[start]) { start += 1 }
        while end > start, Ruby.isSpace(bytes[end - 1]) { end -= 1 }
        // /\A-?\d+\.\d+\z/ on the stripped text
        var index = start
        if index < end, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        while index < end, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
        if index > integerStart, index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < end, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
            if index == end, index > fractionStart,
                let decimal = Decimal(string: String(decoding: bytes[start..<end], as: UTF8.self))
            {
                return .float(decimal)
            }
        }
        return toInteger(bytes)
    }

    /// Ruby's `String#to_i`, clamped to `Int`: `"12abc"` is 12, `"foo"` is 0.
    static func stringToInteger(_ text: String) -> Int {
        switch toInteger(Array(text.utf8)) {
        case .integer(let number): return number
        case .float(let big): return big < 0 ? Int.min : Int.max
        default: return 0
        }
    }

    /// Ruby's `String#to_i`: leading whitespace, a sign, then digits (single underscores
    /// allowed between them); stops at the first other byte; 0 when there are no digits.
    private static func toInteger(_ bytes: [UInt8]) -> FilterNumber {
        var index = 0
        while index < bytes.count, Ruby.isSplitSpace(bytes[index]) { index += 1 }
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var result = 0
        var digits = ""
        var overflow = false
        var lastWasDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                let digit = Int(byte - 0x30)
                if !overflow {
                    let (shifted, o1) = result.multipliedReportingOverflow(by: 10)
                    let (added, o2) = shifted.addingReportingOverflow(negative ? -digit : digit)
                    if o1 || o2 { overflow = true } else { result = added }
                }
                digits.append(Character(UnicodeScalar(byte)))
                lastWasDigit = true
            } else if byte == UInt8(ascii: "_"), lastWasDigit, index + 1 < bytes.count,
                bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39
            {
                lastWasDigit = false
            } else {
                break
            }
            index += 1
        }
        if overflow, let big = Decimal(string: (negative ? "-" : "") + digits) { return .float(big) }
        return .integer(result)
    }

    // MARK: Conversions

    /// A decimal as the nearest Double (through its text, which rounds correctly).
    static func double(_ number: Decimal) -> Double {
        Double(number.description) ?? Double(truncating: number as NSDecimalNumber)
    }

    /// The value as a Double.
    var doubleValue: Double {
        switch self {
        case .integer(let number): Double(number)
        case .float(let number), .money(let number): Self.double(number)
        case .binary(let number): number
        }
    }

    /// The value as a Decimal, when it has one.
    var decimalValue: Decimal? {
        switch self {
        case .integer(let number): Decimal(number)
        case .float(let number), .money(let number): number
        case .binary: nil
        }
    }

    /// The integer part of a decimal (toward zero), when it fits in `Int`.
    static func truncatedInteger(_ number: Decimal) -> Int? {
        rounded(number, scale: 0, mode: number < 0 ? .up : .down).flatMap { Int($0.description) }
    }

    static func rounded(_ number: Decimal, scale: Int, mode: NSDecimalNumber.RoundingMode) -> Decimal? {
        guard !number.isNaN else { return nil }
        var source = number
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, mode)
        return result
    }

    // MARK: Arithmetic

    /// The five operators of `plus`, `minus`, `times`, `divided_by` and `modulo`.
    enum Operation {
        case add, subtract, multiply, divide, modulo
    }

    /// Ruby's `a.send(op, b)` on two coerced numbers, with BigDecimal results turned into
    /// Floats. Integer division floors and the remainder takes the divisor's sign.
    static func apply(_ operation: Operation, _ lhs: FilterNumber, _ rhs: FilterNumber, filter: String) throws
        -> FilterNumber
    {
        if case .integer(let a) = lhs, case .integer(let b) = rhs {
            if let result = try integerOperation(operation, a, b, filter: filter) { return .integer(result) }
            // Overflow: Ruby would use a Bignum; we fall back to decimal math.
        }
        if case .binary = lhs { return try binaryOperation(operation, lhs.doubleValue, rhs.doubleValue, filter: filter) }
        if case .binary = rhs { return try binaryOperation(operation, lhs.doubleValue, rhs.doubleValue, filter: filter) }
        guard let a = lhs.decimalValue, let b = rhs.decimalValue else {
            return try binaryOperation(operation, lhs.doubleValue, rhs.doubleValue, filter: filter)
        }
        let result: Decimal
        switch operation {
        case .add: result = a + b
        case .subtract: result = a - b
        case .multiply: result = a * b
        case .divide:
            guard !b.isZero else { throw divisionByZero(filter) }
            result = a / b
        case .modulo:
            guard !b.isZero else { throw divisionByZero(filter) }
            guard let quotient = rounded(a / b, scale: 0, mode: .down) else { return .binary(.nan) }
            result = a - b * quotient
        }
        if result.isNaN { return .binary(.nan) }
        // Money stays money unless a Ruby Float took part.
        if case .float = lhs { return .float(result) }
        if case .float = rhs { return .float(result) }
        if case .money = lhs { return .money(result) }
        if case .money = rhs { return .money(result) }
        return .float(result)
    }

    private static func integerOperation(_ operation: Operation, _ a: Int, _ b: Int, filter: String) throws -> Int? {
        switch operation {
        case .add:
            let (value, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : value
        case .subtract:
            let (value, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? nil : value
        case .multiply:
            let (value, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : value
        case .divide:
            guard b != 0 else { throw divisionByZero(filter) }
            let (quotient, overflow) = a.dividedReportingOverflow(by: b)
            if overflow { return nil }
            return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
        case .modulo:
            guard b != 0 else { throw divisionByZero(filter) }
            let (remainder, overflow) = a.remainderReportingOverflow(dividingBy: b)
            if overflow { return 0 }
            return (remainder != 0 && (remainder < 0) != (b < 0)) ? remainder + b : remainder
        }
    }

    private static func binaryOperation(_ operation: Operation, _ a: Double, _ b: Double, filter: String) throws
        -> FilterNumber
    {
        switch operation {
        case .add: return .binary(a + b)
        case .subtract: return .binary(a - b)
        case .multiply: return .binary(a * b)
        case .divide:
            guard b != 0 else { throw divisionByZero(filter) }
            return .binary(a / b)
        case .modulo:
            guard b != 0 else { throw divisionByZero(filter) }
            return .binary(a - b * (a / b).rounded(.down))
        }
    }

    static func divisionByZero(_ filter: String) -> LiquidFilterError {
        LiquidFilterError(
            "'\(filter)' divided by 0", help: "check the argument is not zero, for example with an if tag")
    }

    /// Numeric `<=>`; `nil` only when NaN is involved.
    static func compare(_ lhs: FilterNumber, _ rhs: FilterNumber) -> Int? {
        if case .integer(let a) = lhs, case .integer(let b) = rhs { return a < b ? -1 : a == b ? 0 : 1 }
        if let a = lhs.decimalValue, let b = rhs.decimalValue { return a < b ? -1 : a == b ? 0 : 1 }
        let a = lhs.doubleValue
        let b = rhs.doubleValue
        if a.isNaN || b.isNaN { return nil }
        return a < b ? -1 : a == b ? 0 : 1
    }
}
