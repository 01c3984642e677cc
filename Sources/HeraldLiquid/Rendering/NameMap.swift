/// A small map from names to values: the variables of one scope (`assign`s, a loop's
/// variable, a partial's arguments), and the render's counters, cycles and loop offsets.
///
/// These maps are small and read on every variable access, so names are compared linearly
/// (`isSameName(as:)`): comparing two short strings costs a few instructions, hashing one costs
/// hundreds, and a fresh map allocates plain arrays rather than a hash table. A map that grows
/// past `indexThreshold` names (a template with many `assign`s) adds a hash index.
///
/// A final class rather than a struct: the renderer reads its scopes out of an array on every
/// variable access, and copying a class reference out retains one object where copying the
/// struct retained each of its three buffers. Every map belongs to one render and is never
/// shared, so reference semantics change nothing.
final class NameMap<Value> {
    @exclusivity(unchecked) private var names: [String] = []
    @exclusivity(unchecked) private var values: [Value] = []
    @exclusivity(unchecked) private var index: [String: Int]?

    static var indexThreshold: Int { 12 }

    init() {}

    /// A map holding one entry.
    init(_ name: String, _ value: Value) {
        names = [name]
        values = [value]
    }

    var isEmpty: Bool { names.isEmpty }

    /// Every name, in the order first set.
    var keys: [String] { names }

    /// The value of `name`, or nil when the map does not hold it.
    @inline(__always)
    subscript(name: String) -> Value? {
        guard let position = position(of: name) else { return nil }
        return values[position]
    }

    /// Forgets every name, keeping the memory for the next use.
    func removeAll() {
        while !names.isEmpty {
            names.removeLast()
            values.removeLast()
        }
        index = nil
    }

    /// Sets or replaces `name`. `value` is consumed: a caller's last use of it moves it in.
    func set(_ name: String, _ value: consuming Value) {
        if let position = position(of: name) {
            values[position] = value
            return
        }
        if names.isEmpty {
            // Room for a few names at once rather than growing one by one.
            names.reserveCapacity(4)
            values.reserveCapacity(4)
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
        for position in names.indices where names[position].isSameName(as: name) { return position }
        return nil
    }
}

/// The variables of one scope.
typealias Scope = NameMap<LiquidValue>
