import Foundation
import OrderedCollections

extension RenderContext {
    func evaluate(_ expression: Expression) throws(LocatedFailure) -> LiquidValue {
        switch expression {
        case .literal(let value): return value
        case .variable(let path): return try lookup(path)
        case .blank: return .blankMarker
        case .empty: return .emptyMarker
        case .range(let lower, let upper, let offset):
            let low = try rangeBound(try evaluate(lower), at: offset)
            let high = try rangeBound(try evaluate(upper), at: offset)
            return .range(lower: low, upper: high)
        }
    }

    /// Ruby's `RangeLookup#to_integer`: integers pass, strings and nil use `to_i` (so `"foo"` is
    /// 0), and anything else must be an integer (`Utils.to_integer`), so a float variable fails.
    /// Float literals were already truncated when parsed.
    func rangeBound(_ value: LiquidValue, at offset: Int) throws(LocatedFailure) -> Int {
        switch value {
        case .integer(let number): return number
        case .string(let text): return FilterNumber.stringToInteger(text)
        case .nil: return 0
        default:
            throw LocatedFailure(
                LiquidErrorCode.type, "invalid range bound \(Ruby.describe(value)): expected an integer", at: offset,
                help: "use whole numbers, or convert with a filter such as 'round' or 'floor'")
        }
    }

    func lookup(_ path: VariablePath) throws(LocatedFailure) -> LiquidValue {
        var value: LiquidValue
        var segmentIndex = 0
        if let name = path.rootName {
            if path.isForloop, let frame = loops.last,
                scopes[scopes.count - 1]._withUnsafeGuaranteedRef({ $0["forloop"] }) == nil
            {
                return try lookupForloop(frame, path)
            }
            switch locateVariable(name, hint: path.rootHint, scopeHint: path.scopeHint) {
            case .value(let found):
                value = found
            case .global(let position):
                // The render data never changes during a render: its first step is read in
                // place, without copying the whole value (for a hash, retaining and releasing
                // each of its buffers) first.
                if let key = path.stepKeys.first ?? nil,
                    let next = key._withUnsafeGuaranteedRef({ key in
                        globalValues.withUnsafeBufferPointer { property(of: $0[position], key.name, hint: key, command: true) }
                    })
                {
                    value = next
                    segmentIndex = 1
                } else {
                    value = globalValues[position]
                }
            case .missing:
                if strictVariables { throw undefined(name, path: path, candidates: knownNames()) }
                return .nil
            }
        } else {
            let key: LiquidValue
            switch path.root {
            case .expression(let expression): key = try evaluate(expression)
            case .name(let name): key = .string(name)
            }
            guard case .string(let name) = key, let found = lookupVariable(name) else {
                if strictVariables { throw undefined(key.stringValue, path: path, candidates: knownNames()) }
                return .nil
            }
            value = found
        }
        while segmentIndex < path.segments.count {
            // Keys are borrowed from the path (`stepKeys`) rather than copied out of the
            // segments; bracketed steps are switched on in place.
            let current = segmentIndex
            segmentIndex += 1
            if let key = path.stepKeys[current] {
                if let next = key._withUnsafeGuaranteedRef({ property(of: value, $0.name, hint: $0, command: true) }) {
                    value = next
                    continue
                }
                if strictVariables, case .object(let pairs) = value {
                    throw undefined(key.takeUnretainedValue().name, path: path, candidates: Array(pairs.keys))
                }
                return .nil
            }
            switch path.segments[current] {
            case .key:
                // Read through `stepKeys` above.
                continue
            case .index(let expression):
                let key = try evaluate(expression)
                if let next = element(of: value, key) {
                    value = next
                } else {
                    if strictVariables, case .object(let pairs) = value, case .string(let name) = key {
                        throw undefined(name, path: path, candidates: Array(pairs.keys))
                    }
                    return .nil
                }
            }
        }
        return value
    }

    func undefined(_ name: String, path: VariablePath, candidates: [String]) -> LocatedFailure {
        LocatedFailure(
            LiquidErrorCode.undefinedVariable, "undefined variable '\(path.text)'", at: path.start,
            length: path.end - path.start, suggestion: Suggestions.closest(to: name, in: candidates.filter { !$0.hasPrefix("\u{0}") }),
            help: "check the spelling, or guard the output with a 'default' filter")
    }

    /// `value.key`: hash keys, then `size`, `first` and `last`.
    /// `hint`, the path step `key` comes from, remembers where the key was last found.
    func property(of value: LiquidValue, _ key: String, hint: PathKey? = nil, command: Bool) -> LiquidValue? {
        switch value {
        case .object(let object):
            if let hint {
                if let found = object.value(forKey: key, hint: hint.hint) { return found }
            } else if let found = object.value(forKey: key) {
                return found
            }
            guard command else { return nil }
            if key == "size" { return .integer(object.count) }
            if key == "first", let first = object.pairs.elements.first { return .array([.string(first.key), first.value]) }
            return nil
        case .array(let values):
            switch key {
            case "size": return .integer(values.count)
            case "first": return values.first ?? .nil
            case "last": return values.last ?? .nil
            default: return nil
            }
        case .string(let text):
            switch key {
            case "size": return .integer(text.count)
            case "first": return text.first.map { .string(String($0)) } ?? .nil
            case "last": return text.last.map { .string(String($0)) } ?? .nil
            default: return nil
            }
        case .integer where key == "size":
            // Ruby's Integer#size: the bytes of a machine integer.
            return .integer(8)
        case .range(let lower, let upper):
            switch key {
            case "size": return .integer(Self.rangeCount(lower, upper))
            case "first": return .integer(lower)
            case "last": return .integer(upper)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// How many integers `lower...upper` holds, saturating at `Int.max`.
    static func rangeCount(_ lower: Int, _ upper: Int) -> Int {
        guard upper >= lower else { return 0 }
        let (difference, overflow) = upper.subtractingReportingOverflow(lower)
        return overflow || difference == .max ? .max : difference + 1
    }

    /// `value[key]`.
    func element(of value: LiquidValue, _ key: LiquidValue) -> LiquidValue? {
        switch (value, key) {
        case (.array(let values), .integer(let index)):
            let position = index < 0 ? values.count + index : index
            return values.indices.contains(position) ? values[position] : nil
        case (.object(let object), .string(let name)):
            return object.value(forKey: name)
        case (.object(let object), .integer(let index)):
            return object[String(index)]
        case (.range(let lower, let upper), .integer(let index)):
            let count = Self.rangeCount(lower, upper)
            let position = index < 0 ? count &+ index : index
            guard position >= 0, position < count else { return nil }
            return .integer(lower &+ position)
        default:
            return nil
        }
    }

    func lookupForloop(_ start: LoopFrame, _ path: VariablePath) throws(LocatedFailure) -> LiquidValue {
        var frame: LoopFrame? = start
        var index = 0
        while index < path.segments.count, case .key("parentloop") = path.segments[index] {
            frame = frame?.parent
            index += 1
        }
        guard let frame else { return .nil }
        guard index < path.segments.count else { return Self.forloopObject(frame) }
        guard case .key(let key) = path.segments[index], let value = Self.forloopProperty(frame, key) else {
            if strictVariables {
                var key = ""
                if index < path.segments.count, case .key(let name) = path.segments[index] { key = name }
                let properties = ["index", "index0", "rindex", "rindex0", "first", "last", "length", "name", "parentloop"]
                throw undefined(key, path: path, candidates: properties)
            }
            return .nil
        }
        guard index + 1 < path.segments.count else { return value }
        let rest = VariablePath(
            root: .name("\u{0}"), segments: Array(path.segments[(index + 1)...]), start: path.start, end: path.end,
            text: path.text)
        let scope = pushScope()
        scope.set("\u{0}", value)
        defer { popScope() }
        return try lookup(rest)
    }

    static func forloopProperty(_ frame: LoopFrame, _ key: String) -> LiquidValue? {
        switch key {
        case "index": .integer(frame.index0 + 1)
        case "index0": .integer(frame.index0)
        case "rindex": .integer(frame.length - frame.index0)
        case "rindex0": .integer(frame.length - frame.index0 - 1)
        case "first": .bool(frame.index0 == 0)
        case "last": .bool(frame.index0 == frame.length - 1)
        case "length": .integer(frame.length)
        case "name": .string(frame.name)
        case "parentloop": frame.parent.map(forloopObject) ?? .nil
        default: nil
        }
    }

    static func forloopObject(_ frame: LoopFrame) -> LiquidValue {
        var pairs: OrderedDictionary<String, LiquidValue> = [:]
        for key in ["name", "length", "index", "index0", "rindex", "rindex0", "first", "last", "parentloop"] {
            pairs[key] = forloopProperty(frame, key) ?? .nil
        }
        return .object(LiquidObject(pairs))
    }
}
