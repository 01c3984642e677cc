import OrderedCollections

/// A Liquid hash: string keys in insertion order, and their values.
///
/// Immutable, and shared by one reference. Templates read hashes on almost every variable
/// access (`invoice.amount` copies `invoice` out of its scope first), and copying a
/// `LiquidObject` retains one object where copying an `OrderedDictionary` retains each of its
/// three buffers. Build the pairs first, then wrap them, `.object(LiquidObject(pairs))`, or
/// write a literal, `.object(["name": "Ada"])`.
public struct LiquidObject: Sendable {
    // Layout: two plain words, then the reference. `LiquidValue` keeps its case in the spare
    // bits of a payload's third word, which only a reference there provides; with a smaller
    // payload the enum grows a tag byte, and every value then travels in four registers
    // instead of three (7% more instructions on templates that never read a hash).

    /// The number of keys.
    public let count: Int
    /// Whether this is one of the engine's `blank`/`empty` markers (see `LiquidValue.blankMarker`).
    let isMarker: Bool
    let storage: Storage

    /// The hash itself. `keys` and `values` share the dictionary's buffers; as stored `let`s of
    /// a final class they are read in place by lookups (see `LiquidObject+Lookup.swift`), where
    /// going through the dictionary's computed `keys` retained and released its key buffer on
    /// every lookup.
    final class Storage: Sendable {
        let pairs: OrderedDictionary<String, LiquidValue>
        let keys: [String]
        let values: [LiquidValue]

        init(_ pairs: OrderedDictionary<String, LiquidValue>) {
            self.pairs = pairs
            keys = pairs.keys.elements
            values = pairs.values.elements
        }
    }

    /// Wraps `pairs`.
    public init(_ pairs: OrderedDictionary<String, LiquidValue>) {
        self.init(pairs, isMarker: false)
    }

    init(_ pairs: OrderedDictionary<String, LiquidValue>, isMarker: Bool) {
        count = pairs.count
        self.isMarker = isMarker
        storage = Storage(pairs)
    }

    /// The keys and values, in insertion order.
    public var pairs: OrderedDictionary<String, LiquidValue> { storage.pairs }
    /// Whether the hash has no keys.
    public var isEmpty: Bool { count == 0 }
    /// The keys, in insertion order.
    public var keys: OrderedSet<String> { storage.pairs.keys }
    /// The value of `key`, or nil when the hash does not hold it.
    public subscript(key: String) -> LiquidValue? { storage.pairs[key] }
}

extension LiquidObject: ExpressibleByDictionaryLiteral {
    /// Creates a hash in the literal's key order; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, LiquidValue)...) {
        self.init(keysAndValues: elements)
    }

    /// Creates a hash in the order of `elements`; a repeated key keeps its first place and its
    /// last value (as a JSON object's repeated key does in most parsers).
    ///
    /// Sized once: `OrderedDictionary(_:uniquingKeysWith:)` grows its keys and values one by
    /// one, and a host builds several hashes for every message it renders.
    public init(keysAndValues elements: [(String, LiquidValue)]) {
        var pairs = OrderedDictionary<String, LiquidValue>(minimumCapacity: elements.count)
        for (key, value) in elements { pairs[key] = value }
        self.init(pairs)
    }
}

extension LiquidObject: Sequence {
    /// The key-value pairs, in insertion order.
    public func makeIterator() -> OrderedDictionary<String, LiquidValue>.Iterator {
        storage.pairs.makeIterator()
    }

    /// The number of keys.
    public var underestimatedCount: Int { count }
}

extension LiquidObject: Hashable {
    /// Equal when both hold the same keys, in the same order, with equal values.
    public static func == (lhs: LiquidObject, rhs: LiquidObject) -> Bool {
        lhs.storage === rhs.storage || (lhs.isMarker == rhs.isMarker && lhs.pairs == rhs.pairs)
    }

    /// Hashes the keys and values in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(pairs)
    }
}

extension LiquidObject: CustomStringConvertible {
    public var description: String { pairs.description }
}
