import OrderedCollections

/// The array filters: `join`, `first`, `last`, `size`, `concat`, `map`, `where`, `reject`,
/// `find`, `find_index`, `has`, `sort`, `sort_natural`, `uniq`, `reverse`, `compact`, `sum`.
///
/// Like Ruby's `InputIterator`, inputs are flattened arrays; a hash counts as a one-item
/// array, a range as its integers, `nil` as empty and any other value as a one-item array.
/// Properties are read with Ruby's `item[property]`, so strings match substrings and a
/// number item with a string property is an error.
enum ArrayFilters {
    /// The filters of this family, by name.
    static let all: [String: FilterFunction] = [
        "join": FilterFunction { input, arguments, _ in
            try arguments.check("join", max: 1, usage: "array | join: separator")
            let glue = arguments.at(0).map(Ruby.string) ?? " "
            return .string(Ruby.items(input).map(Ruby.string).joined(separator: glue))
        },
        "first": FilterFunction { input, arguments, _ in
            try arguments.check("first", max: 0, usage: "array | first")
            switch input {
            case .array(let values): return values.first ?? .nil
            case .object(let object):
                guard let pair = object.pairs.elements.first else { return .nil }
                return .array([.string(pair.key), pair.value])
            case .range(let lower, _): return .integer(lower)
            default: return .nil
            }
        },
        "last": FilterFunction { input, arguments, _ in
            try arguments.check("last", max: 0, usage: "array | last")
            switch input {
            case .array(let values): return values.last ?? .nil
            case .range(_, let upper): return .integer(upper)
            default: return .nil
            }
        },
        "size": FilterFunction { input, arguments, _ in
            try arguments.check("size", max: 0, usage: "value | size")
            return .integer(size(of: input))
        },
        "reverse": FilterFunction { input, arguments, _ in
            try arguments.check("reverse", max: 0, usage: "array | reverse")
            return .array(Ruby.items(input).reversed())
        },
        "concat": FilterFunction { input, arguments, _ in
            try arguments.check("concat", min: 1, max: 1, usage: "array | concat: other_array")
            guard case .array(let other) = arguments.positional[0] else {
                throw LiquidFilterError(
                    "'concat' expects an array argument, got \(Ruby.describe(arguments.positional[0]))",
                    help: "pass an array, for example one made with split")
            }
            return .array(Ruby.items(input) + other)
        },
        "map": FilterFunction(map),
        "where": FilterFunction { input, arguments, _ in try select(.where, input, arguments) },
        "reject": FilterFunction { input, arguments, _ in try select(.reject, input, arguments) },
        "has": FilterFunction { input, arguments, _ in try select(.has, input, arguments) },
        "find": FilterFunction { input, arguments, _ in try select(.find, input, arguments) },
        "find_index": FilterFunction { input, arguments, _ in try select(.findIndex, input, arguments) },
        "sort": FilterFunction { input, arguments, _ in try sort(input, arguments, natural: false) },
        "sort_natural": FilterFunction { input, arguments, _ in try sort(input, arguments, natural: true) },
        "uniq": FilterFunction(uniq),
        "compact": FilterFunction(compact),
        "sum": FilterFunction(sum),
    ]

    /// Ruby's `respond_to?(:size) ? size : 0`; an Integer's size is its byte width (8).
    static func size(of value: LiquidValue) -> Int {
        switch value {
        case .string(let text): Ruby.scalarCount(text)
        case .array(let values): values.count
        case .object(let pairs): pairs.count
        case .range(let lower, let upper): upper >= lower ? upper &- lower &+ 1 : 0
        case .integer: MemoryLayout<Int>.size
        default: 0
        }
    }

    static func propertyError(_ filter: String, _ property: LiquidValue, _ item: LiquidValue) -> LiquidFilterError {
        LiquidFilterError(
            "'\(filter)' cannot select the property '\(Ruby.string(property))' of \(Ruby.describe(item))",
            help: "use '\(filter)' with a property name on an array of hashes")
    }

    @Sendable static func map(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("map", min: 1, max: 1, usage: "array | map: property")
        let property = arguments.positional[0]
        if case .string("to_liquid") = property { return .array(Ruby.items(input)) }
        return .array(
            try Ruby.items(input).map { item in
                switch Ruby.index(item, property) {
                case .value(let value): return value
                case .noMethod: return .nil
                case .typeError: throw propertyError("map", property, item)
                }
            })
    }

    /// What `select` does with the items that match.
    enum Selection {
        case `where`, reject, has, find, findIndex

        var name: String {
            switch self {
            case .where: "where"
            case .reject: "reject"
            case .has: "has"
            case .find: "find"
            case .findIndex: "find_index"
            }
        }

        /// The result for empty input or an undefined property.
        var emptyResult: LiquidValue {
            switch self {
            case .where, .reject: .array([])
            case .has: .bool(false)
            case .find, .findIndex: .nil
            }
        }
    }

    /// Ruby's `filter_array`: an item matches when `item[property]` is truthy, or equals the
    /// target value when one is given. An item without `[]` (nil, a boolean, a float) makes
    /// the whole result nil, as in Ruby.
    static func select(_ selection: Selection, _ input: LiquidValue, _ arguments: FilterArguments) throws
        -> LiquidValue
    {
        let name = selection.name
        try arguments.check(name, min: 1, max: 2, usage: "array | \(name): property, value")
        let property = arguments.positional[0]
        let target = arguments.at(1) ?? .nil
        let items = Ruby.items(input)
        if items.isEmpty { return selection.emptyResult }
        if case .nil = property { return selection.emptyResult }
        var kept: [LiquidValue] = []
        for (position, item) in items.enumerated() {
            let matched: Bool
            switch Ruby.index(item, property) {
            case .value(let value):
                if case .nil = target { matched = value.isTruthy } else { matched = Ruby.equals(value, target) }
            case .noMethod: return .nil
            case .typeError: throw propertyError(name, property, item)
            }
            switch selection {
            case .where: if matched { kept.append(item) }
            case .reject: if !matched { kept.append(item) }
            case .has: if matched { return .bool(true) }
            case .find: if matched { return item }
            case .findIndex: if matched { return .integer(position) }
            }
        }
        switch selection {
        case .where, .reject: return .array(kept)
        case .has: return .bool(false)
        case .find, .findIndex: return .nil
        }
    }

    /// `sort` (Ruby's `<=>`) and `sort_natural` (case-insensitive `casecmp` of `to_s`); nil
    /// sorts last. With a property, items are ordered by `item[property]`.
    static func sort(_ input: LiquidValue, _ arguments: FilterArguments, natural: Bool) throws -> LiquidValue {
        let name = natural ? "sort_natural" : "sort"
        try arguments.check(name, max: 1, usage: "array | \(name): property")
        let items = Ruby.items(input)
        if items.isEmpty { return .array([]) }
        let property = arguments.at(0) ?? .nil
        var keys = items
        if property != .nil {
            var lookedUp: [LiquidValue] = []
            lookedUp.reserveCapacity(items.count)
            for item in items {
                switch Ruby.index(item, property) {
                case .value(let value): lookedUp.append(value)
                case .noMethod: return .nil  // Ruby: not every item responds to []
                case .typeError: throw propertyError(name, property, item)
                }
            }
            keys = lookedUp
        }
        var order = Array(keys.indices)
        try order.sort { left, right in
            try (natural ? caseCompare(keys[left], keys[right]) : nilSafeCompare(keys[left], keys[right])) < 0
        }
        return .array(order.map { items[$0] })
    }

    private static func nilSafeCompare(_ a: LiquidValue, _ b: LiquidValue) throws -> Int {
        if let order = Ruby.compare(a, b) { return order }
        if case .nil = a { return 1 }
        if case .nil = b { return -1 }
        throw LiquidFilterError(
            "'sort' cannot sort values of incompatible types (\(Ruby.describe(a)) and \(Ruby.describe(b)))",
            help: "sort arrays of numbers or of strings, or pass a property name")
    }

    private static func caseCompare(_ a: LiquidValue, _ b: LiquidValue) -> Int {
        switch (a, b) {
        case (.nil, .nil): 0
        case (.nil, _): 1
        case (_, .nil): -1
        default: Ruby.caseCompare(Ruby.string(a), Ruby.string(b))
        }
    }

    @Sendable static func uniq(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("uniq", max: 1, usage: "array | uniq: property")
        let items = Ruby.items(input)
        var seen = Set<LiquidValue>()
        var kept: [LiquidValue] = []
        guard let property = arguments.at(0), property != .nil else {
            for item in items where seen.insert(item).inserted { kept.append(item) }
            return .array(kept)
        }
        for item in items {
            switch Ruby.index(item, property) {
            case .value(let key): if seen.insert(key).inserted { kept.append(item) }
            case .noMethod: return .nil
            case .typeError: throw propertyError("uniq", property, item)
            }
        }
        return .array(kept)
    }

    @Sendable static func compact(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("compact", max: 1, usage: "array | compact: property")
        let items = Ruby.items(input)
        guard let property = arguments.at(0), property != .nil else {
            return .array(items.filter { $0 != .nil })
        }
        var kept: [LiquidValue] = []
        for item in items {
            switch Ruby.index(item, property) {
            case .value(let value): if value != .nil { kept.append(item) }
            case .noMethod: return .nil
            case .typeError: throw propertyError("compact", property, item)
            }
        }
        return .array(kept)
    }

    /// `sum`: the items (or their `property`) added with the math filters' coercion.
    @Sendable static func sum(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("sum", max: 1, usage: "array | sum: property")
        let items = Ruby.items(input)
        if items.isEmpty { return .integer(0) }
        var values = items
        if let property = arguments.at(0), property != .nil {
            values = try items.map { item in
                switch Ruby.index(item, property) {
                case .value(let value): return value
                case .noMethod: return .integer(0)
                case .typeError: throw propertyError("sum", property, item)
                }
            }
        }
        var total = FilterNumber.integer(0)
        for value in Ruby.items(.array(values)) {
            total = try FilterNumber.apply(.add, total, FilterNumber(value), filter: "sum")
        }
        return total.liquidValue
    }
}
