import Synchronization

/// A small map from names to values: the variables of one scope (`assign`s, a loop's
/// variable, a partial's arguments), and the render's counters, cycles and loop offsets.
///
/// These maps are small and read on every variable access, so names are compared linearly
/// (`isSameName(as:)`): comparing two short strings costs a few instructions, hashing one costs
/// hundreds, and a map allocates nothing for its first name and plain arrays rather than a hash
/// table for the next ones. A map that grows past `indexThreshold` names (a template with many
/// `assign`s) adds a hash index.
///
/// A final class rather than a struct: the renderer reads its scopes out of an array on every
/// variable access, and copying a class reference out retains one object where copying the
/// struct retained each of its three buffers. Every map belongs to one render and is never
/// shared, so reference semantics change nothing.
///
/// The first slot holds `Value.absent` rather than an optional when the map is empty: a
/// generic class's deinit would otherwise look up the metadata of `Optional<Value>` in the
/// runtime's locked cache every time a scope is freed, which cost a tenth of a small render.
final class NameMap<Value: NameMapValue> {
    /// How many names the map holds.
    @exclusivity(unchecked) private var count = 0
    /// The first name and its value, held in the map itself: most maps (a loop's variable, a
    /// counter, a cycle) hold one name, and then need no arrays at all.
    @exclusivity(unchecked) private var firstName = ""
    @exclusivity(unchecked) private var firstValue = Value.absent
    /// The names after the first, and their values.
    @exclusivity(unchecked) private var names: [String] = []
    @exclusivity(unchecked) private var values: [Value] = []
    /// Every name's position (the first is 0), once the map outgrows `indexThreshold`.
    @exclusivity(unchecked) private var index: [String: Int]?

    /// The most names searched linearly. A dunning letter's partial holds about 30 (its
    /// parameters and `assign`s), and every variable it reads is looked up in that scope: up to
    /// this size, comparing in-line names beats hashing (a dunning run took 4.5% less CPU than
    /// with an index from 12 names on).
    static var indexThreshold: Int { 32 }

    init() {}

    /// A map holding one entry.
    init(_ name: String, _ value: Value) {
        count = 1
        firstName = name
        firstValue = value
    }

    var isEmpty: Bool { count == 0 }

    /// Every name, in the order first set.
    var keys: [String] { count == 0 ? [] : [firstName] + names }

    /// The value of `name`, or nil when the map does not hold it.
    @inline(__always)
    subscript(name: String) -> Value? {
        guard let position = position(of: name) else { return nil }
        return position == 0 ? firstValue : values[position &- 1]
    }

    /// The value of `name`, checking the position in `hint` first and leaving there the
    /// position where `name` was found.
    ///
    /// A variable in a template is found at the same place render after render (its scope's
    /// `assign`s run in the same order), so one comparison usually replaces a scan of every
    /// name. A wrong hint (another scope, another render) costs that comparison and the scan.
    @inline(__always)
    func value(of name: String, hint: borrowing Atomic<Int>) -> Value? {
        let guess = hint.load(ordering: .relaxed)
        if guess < count {
            if guess == 0 {
                if firstName.isSameName(as: name) { return firstValue }
            } else if names[guess &- 1].isSameName(as: name) {
                return values[guess &- 1]
            }
        }
        guard let position = position(of: name) else { return nil }
        hint.store(position, ordering: .relaxed)
        return position == 0 ? firstValue : values[position &- 1]
    }

    /// Forgets every name, keeping the memory for the next use.
    func removeAll() {
        count = 0
        firstName = ""
        firstValue = Value.absent
        while !names.isEmpty {
            names.removeLast()
            values.removeLast()
        }
        index = nil
    }

    /// Sets or replaces `name`. `value` is consumed: a caller's last use of it moves it in.
    func set(_ name: String, _ value: consuming Value) {
        if let position = position(of: name) {
            if position == 0 {
                firstValue = value
            } else {
                values[position &- 1] = value
            }
            return
        }
        if count == 0 {
            firstName = name
            firstValue = value
            count = 1
            return
        }
        if names.isEmpty {
            // Room for a few names at once rather than growing one by one.
            names.reserveCapacity(4)
            values.reserveCapacity(4)
        }
        names.append(name)
        values.append(value)
        count &+= 1
        if index != nil {
            index?[name] = count &- 1
        } else if count > Self.indexThreshold {
            index = Dictionary(uniqueKeysWithValues: zip(keys, 0..<count))
        }
    }

    /// Where `name` is (0 for the first name), if the map holds it.
    @inline(__always)
    private func position(of name: String) -> Int? {
        if let index { return index[name] }
        guard count > 0 else { return nil }
        if firstName.isSameName(as: name) { return 0 }
        for position in names.indices where names[position].isSameName(as: name) { return position &+ 1 }
        return nil
    }
}

/// The variables of one scope.
typealias Scope = NameMap<LiquidValue>

/// A value `NameMap` can hold, with a stand-in for its empty first slot.
protocol NameMapValue {
    /// The stand-in; never returned as a value of a name.
    static var absent: Self { get }
}

extension LiquidValue: NameMapValue {
    static var absent: LiquidValue { .nil }
}

extension Int: NameMapValue {
    static var absent: Int { 0 }
}

extension Optional: NameMapValue where Wrapped: AnyObject {
    static var absent: Self { nil }
}
