import OrderedCollections

/// The variables of one scope (`assign`s, a loop's variable, a partial's arguments).
///
/// Scopes are small and looked up on every variable access, so names are compared linearly:
/// comparing two short strings costs a few instructions, hashing one costs hundreds. A scope
/// that grows past `indexThreshold` names (a template with many `assign`s) adds a hash index.
struct Scope {
    private var names: [String] = []
    private var values: [LiquidValue] = []
    private var index: [String: Int]?

    static let indexThreshold = 12

    init() {}

    /// A scope holding one variable.
    init(_ name: String, _ value: LiquidValue) {
        names = [name]
        values = [value]
    }

    var isEmpty: Bool { names.isEmpty }

    /// Every name in the scope, in the order first assigned.
    var keys: [String] { names }

    /// The value of `name`, or nil when this scope does not define it.
    @inline(__always)
    func value(_ name: String) -> LiquidValue? {
        guard let position = position(of: name) else { return nil }
        return values[position]
    }

    /// Defines or replaces `name`.
    mutating func set(_ name: String, _ value: LiquidValue) {
        if let position = position(of: name) {
            values[position] = value
            return
        }
        names.append(name)
        values.append(value)
        if index != nil {
            index?[name] = names.count - 1
        } else if names.count > Self.indexThreshold {
            index = Dictionary(uniqueKeysWithValues: zip(names, names.indices))
        }
    }

    @inline(__always)
    private func position(of name: String) -> Int? {
        if let index { return index[name] }
        let length = name.utf8.count
        for position in names.indices where names[position].utf8.count == length && names[position] == name {
            return position
        }
        return nil
    }
}

extension OrderedDictionary<String, LiquidValue> {
    /// `self[key]`, faster for the small hashes template data is made of: up to
    /// `Scope.indexThreshold` keys are compared linearly, lengths first, which skips most
    /// non-matching keys without a string comparison. Larger hashes use their hash table.
    @inline(__always)
    func value(forKey key: String) -> LiquidValue? {
        guard count <= Scope.indexThreshold else { return self[key] }
        let keys = self.keys
        let length = key.utf8.count
        for position in keys.indices where keys[position].utf8.count == length && keys[position] == key {
            return values[position]
        }
        return nil
    }
}
