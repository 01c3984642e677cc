import Foundation
import OrderedCollections

extension RenderContext {
    func evaluate(_ filtered: FilteredExpression) throws(LocatedFailure) -> LiquidValue {
        var value: LiquidValue
        do {
            value = try evaluate(filtered.expression)
        } catch where error.code == LiquidErrorCode.undefinedVariable && filtered.filters.first?.name == "default" {
            // With strict variables, `x | default: …` is how a template says "x is optional".
            value = .nil
        }
        // Fields are read through the array by index: binding whole `FilterCall`s would copy
        // (retain and release) every field of every call on every render.
        let calls = filtered.filters
        for index in calls.indices {
            guard let function = filtered.borrowedFunctions[index] else { continue }
            // What the filter sees (`filterValue`), converted in place only when it differs, so
            // that the usual input is passed as it is rather than copied first.
            if case .range = value {
                value = try filterValue(value, at: calls[index].start)
            } else if value.isSpecialMarker {
                value = .string("")
            }
            do {
                if calls[index].positional.isEmpty && calls[index].keyword.isEmpty {
                    // The shared empty arguments: nothing to build and destroy per call. The
                    // input is moved into the call, not copied.
                    let input = consume value
                    value = try function.borrow { try $0.call(input, Self.noArguments, filterContext) }
                } else if let constant = filtered.constantArguments[index] {
                    // Literal arguments, built when the template was parsed.
                    let input = consume value
                    value = try function.borrow { function in
                        try constant.borrow { try function.call(input, $0.arguments, filterContext) }
                    }
                } else {
                    let arguments = try filterArguments(calls, index)
                    let input = consume value
                    value = try function.borrow { try $0.call(input, arguments, filterContext) }
                    if arguments.positional.capacity > 0 { argumentScratch = arguments.positional }
                }
            } catch {
                // Argument failures are already located; `filterFailure` passes them through.
                throw filterFailure(error, calls[index])
            }
        }
        return value
    }

    /// The arguments of a filter call that has none.
    static let noArguments = FilterArguments()

    /// The evaluated arguments of `calls[index]` (read in place, not copied).
    func filterArguments(_ calls: [FilterCall], _ index: Int) throws(LocatedFailure) -> FilterArguments {
        var arguments = FilterArguments()
        let start = calls[index].start
        // Reuse the previous call's array: unique again once that call's arguments are gone.
        arguments.positional = argumentScratch
        argumentScratch = []
        // One by one: `removeAll(keepingCapacity:)` goes through the general replaceSubrange.
        while !arguments.positional.isEmpty { arguments.positional.removeLast() }
        let positional = calls[index].positional
        for argument in positional.indices {
            arguments.positional.append(try filterValue(try evaluate(positional[argument]), at: start))
        }
        // Room for every keyword at once: `t` calls pass ten, and growing one by one
        // reallocated the keys and the values four times each.
        let keyword = calls[index].keyword
        if !keyword.isEmpty { arguments.keyword.reserveCapacity(keyword.count) }
        for (key, argument) in keyword {
            arguments.keyword[key] = try filterValue(try evaluate(argument), at: start)
        }
        return arguments
    }

    /// A filter's error, located at the filter call.
    func filterFailure(_ error: any Error, _ call: FilterCall) -> LocatedFailure {
        switch error {
        case let error as LiquidFilterError:
            LocatedFailure(
                LiquidErrorCode.filter, "\(call.name): \(error.message)", at: call.start, length: call.length,
                help: error.help)
        case let error as LocatedFailure:
            error
        case let error as LiquidError:
            LocatedFailure(error.code, error.message, at: call.start, length: call.length, help: error.help)
        default:
            LocatedFailure(LiquidErrorCode.filter, "\(call.name): \(error)", at: call.start, length: call.length)
        }
    }

    /// What a filter sees: ranges become arrays (within the loop cap), markers become "".
    func filterValue(_ value: LiquidValue, at offset: Int) throws(LocatedFailure) -> LiquidValue {
        switch value {
        case .range(let lower, let upper):
            return .array(try rangeArray(lower, upper, at: offset))
        case .object where value.isSpecialMarker:
            return .string("")
        default:
            return value
        }
    }

    func rangeArray(_ lower: Int, _ upper: Int, at offset: Int) throws(LocatedFailure) -> [LiquidValue] {
        guard upper >= lower else { return [] }
        let (count, overflow) = upper.subtractingReportingOverflow(lower)
        if overflow || count >= budget.limits.maxLoopIterations {
            throw limitFailure(
                "range (\(lower)..\(upper)) has more than \(budget.limits.maxLoopIterations) elements", at: offset,
                help: "use a smaller range or raise maxLoopIterations")
        }
        // Expanding a range is iterating it: the elements count towards the loop budget.
        try countIterations(count + 1, at: offset)
        return (lower...upper).map { .integer($0) }
    }

    // MARK: Conditions

    /// Ruby's order: comparisons group from the right (`a and b or c` is `a and (b or c)`),
    /// but are evaluated from the left, stopping once the result is known, so a guard on the
    /// left keeps a strict-undefined lookup on the right from running.
    func evaluate(_ condition: Condition) throws(LocatedFailure) -> Bool {
        var index = 0
        while true {
            let result = try condition.borrowedComparisons[index].borrow { comparison throws(LocatedFailure) in
                try evaluate(comparison)
            }
            guard index < condition.joiners.count else { return result }
            let isAnd = condition.joiners[index]
            if isAnd ? !result : result { return result }  // `false and …`, `true or …`
            index += 1
        }
    }

    func evaluate(_ comparison: Condition.Comparison) throws(LocatedFailure) -> Bool {
        let left = try evaluate(comparison.left)
        guard let op = comparison.op, let rightExpression = comparison.right else { return left.isTruthy }
        let right = try evaluate(rightExpression)
        switch op {
        case .equal: return left.liquidEquals(right)
        case .notEqual, .notEqualAlt: return !left.liquidEquals(right)
        case .contains:
            // Ruby: `left && right && left.include?(right)`, so nil or false never is contained.
            guard right.isTruthy else { return false }
            switch left {
            case .string(let text):
                let needle = Array(right.stringValue.utf8)
                return needle.isEmpty || !TextSearch.occurrences(of: needle, in: Array(text.utf8), limit: 1).isEmpty
            case .array(let values): return values.contains { $0.liquidEquals(right) }
            case .object(let pairs):
                if case .string(let key) = right { return pairs[key] != nil }
                return false
            case .range(let lower, let upper):
                if case .integer(let number) = right { return number >= lower && number <= upper }
                return false
            default: return false
            }
        case .less, .greater, .lessOrEqual, .greaterOrEqual:
            let order: ComparisonResult?
            do {
                order = try left.liquidCompare(right)
            } catch {
                var located = error
                located.offset = comparison.offset
                throw located
            }
            guard let order else { return false }
            switch op {
            case .less: return order == .orderedAscending
            case .greater: return order == .orderedDescending
            case .lessOrEqual: return order != .orderedDescending
            default: return order != .orderedAscending
            }
        }
    }
}
