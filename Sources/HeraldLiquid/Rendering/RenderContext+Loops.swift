import Foundation
import OrderedCollections

extension RenderContext {
    /// The items a loop visits, without copying ranges into memory.
    enum LoopItems {
        case values(ArraySlice<LiquidValue>)
        case integers(lower: Int, count: Int)

        var count: Int {
            switch self {
            case .values(let slice): slice.count
            case .integers(_, let count): count
            }
        }
    }

    /// Ruby's `Utils.to_integer` for `for`'s `limit` and `offset`: nil means absent, integers
    /// pass, strings must read as `Integer(text)` (so `'2'` works), anything else fails.
    func loopInteger(_ value: LiquidValue, _ what: String, at offset: Int) throws(LocatedFailure) -> Int? {
        switch value {
        case .nil: return nil
        case .integer(let number): return number
        default:
            // `Integer(value.to_s)`: only a string can spell an integer; "2.0", "[1, 2]" cannot.
            if case .string(let text) = value, let number = Ruby.parseIntegerLiteral(text) { return number }
            throw LocatedFailure(
                LiquidErrorCode.type, "invalid integer \(Ruby.describe(value)) for '\(what)'", at: offset,
                help: "give '\(what)' a whole number")
        }
    }

    /// Ruby's `to_i` as `tablerow` applies it to `limit`, `offset` and `cols`: nil is 0, floats
    /// truncate, strings read their leading digits; booleans, arrays and hashes fail.
    func tablerowInteger(_ value: LiquidValue, _ what: String, at offset: Int) throws(LocatedFailure) -> Int {
        switch value {
        case .nil: return 0
        case .integer(let number): return number
        case .double(let number) where number.isFinite && abs(number) < 9.2e18: return Int(number)
        case .decimal(let number): return Int(truncating: NSDecimalNumber(decimal: number))
        case .string(let text): return FilterNumber.stringToInteger(text)
        default:
            throw LocatedFailure(
                LiquidErrorCode.type, "invalid integer \(Ruby.describe(value)) for '\(what)'", at: offset,
                help: "give '\(what)' a whole number")
        }
    }

    func loopItems(_ collection: LiquidValue, from: Int, to: Int?) -> LoopItems {
        let from = max(0, from)
        func clamp(_ count: Int) -> (Int, Int) {
            let start = min(from, count)
            let end = to.map { max(start, min($0, count)) } ?? count
            return (start, end)
        }
        switch collection {
        case .array(let values):
            let (start, end) = clamp(values.count)
            return .values(values[start..<end])
        case .range(let lower, let upper):
            // A range wider than Int can count is as good as endless: the iteration cap stops it.
            let (difference, overflow) = upper.subtractingReportingOverflow(lower)
            let total = upper < lower ? 0 : (overflow || difference == .max ? Int.max : difference + 1)
            let (start, end) = clamp(max(0, total))
            return .integers(lower: lower &+ start, count: end - start)
        case .object(let object) where !collection.isSpecialMarker:
            let items = object.pairs.elements.map { LiquidValue.array([.string($0.key), $0.value]) }
            let (start, end) = clamp(items.count)
            return .values(items[start..<end])
        case .string(let text) where !text.isEmpty:
            let (start, end) = clamp(1)
            return .values([collection][start..<end])
        default:
            return .values([])
        }
    }

    func renderFor(_ loop: ForLoop, into out: inout OutputBuffer) throws {
        let collection = try evaluate(loop.collection)
        var from = 0
        if loop.offsetContinue {
            from = forOffsets?[loop.name] ?? 0
        } else if let offset = loop.offset {
            from = try loopInteger(try evaluate(offset), "offset", at: loop.offsetInSource) ?? 0
        }
        var to: Int?
        if let limit = loop.limit, let count = try loopInteger(try evaluate(limit), "limit", at: loop.offsetInSource) {
            to = from &+ count
        }
        let items = loopItems(collection, from: from, to: to)
        let length = items.count
        Self.set(loop.name, from + length, in: &forOffsets)
        guard length > 0 else {
            if let elseBody = loop.elseBody { try render(elseBody, into: &out) }
            return
        }
        let frame = LoopFrame(name: loop.name, length: length, parent: loops.last)
        loops.append(frame)
        let scope = pushScope()
        defer {
            popScope()
            loops.removeLast()
        }
        for position in 0..<length {
            try countIteration(at: loop.offsetInSource)
            let index = loop.reversed ? length - 1 - position : position
            let item: LiquidValue
            switch items {
            case .values(let slice): item = slice[slice.startIndex + index]
            case .integers(let lower, _): item = .integer(lower + index)
            }
            frame.index0 = position
            scope.set(loop.variable, item)
            try render(loop.body, into: &out)
            try checkOutput(out.count, at: loop.offsetInSource)
            if let interrupt {
                self.interrupt = nil
                if interrupt == .breakLoop { break }
            }
        }
    }

    func renderTablerow(_ loop: ForLoop, into out: inout OutputBuffer) throws {
        let collection = try evaluate(loop.collection)
        var from = 0
        if let offset = loop.offset {
            from = try tablerowInteger(try evaluate(offset), "offset", at: loop.offsetInSource)
        }
        var to: Int?
        if let limit = loop.limit {
            to = from &+ (try tablerowInteger(try evaluate(limit), "limit", at: loop.offsetInSource))
        }
        let items = loopItems(collection, from: from, to: to)
        let length = items.count
        var cols = length
        if let colsExpression = loop.cols {
            cols = try tablerowInteger(try evaluate(colsExpression), "cols", at: loop.offsetInSource)
        }
        out.append("<tr class=\"row1\">\n")
        let scope = pushScope()
        defer { popScope() }
        var col = 1
        var row = 1
        for index in 0..<length {
            try countIteration(at: loop.offsetInSource)
            let item: LiquidValue
            switch items {
            case .values(let slice): item = slice[slice.startIndex + index]
            case .integers(let lower, _): item = .integer(lower + index)
            }
            let colLast = col == cols
            let tablerowloop: OrderedDictionary<String, LiquidValue> = [
                "col": .integer(col), "col0": .integer(col - 1), "col_first": .bool(col == 1),
                "col_last": .bool(colLast), "first": .bool(index == 0), "index": .integer(index + 1),
                "index0": .integer(index), "last": .bool(index == length - 1), "length": .integer(length),
                "rindex": .integer(length - index), "rindex0": .integer(length - index - 1), "row": .integer(row),
            ]
            scope.set("tablerowloop", .object(LiquidObject(tablerowloop)))
            scope.set(loop.variable, item)
            out.append("<td class=\"col\(col)\">")
            try render(loop.body, into: &out)
            out.append("</td>")
            try checkOutput(out.count, at: loop.offsetInSource)
            if let interrupt {
                self.interrupt = nil
                if interrupt == .breakLoop { break }
            }
            if colLast, index != length - 1 {
                out.append("</tr>\n<tr class=\"row\(row + 1)\">")
            }
            if colLast {
                col = 1
                row += 1
            } else {
                col += 1
            }
        }
        out.append("</tr>\n")
    }
}
