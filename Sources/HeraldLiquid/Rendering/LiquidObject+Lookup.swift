import OrderedCollections
import Synchronization

// Key lookups tuned for the small hashes template data is made of: up to
// `NameMap.indexThreshold` keys are compared linearly (`isSameName(as:)`), which settles most
// short keys without a string comparison. Larger hashes use their hash table.

extension LiquidObject {
    /// `self[key]`, by the fast comparison above.
    @inline(__always)
    func value(forKey key: String) -> LiquidValue? {
        storage.value(forKey: key)
    }

    /// `self[key]`, checking the position in `hint` first and leaving there where `key` was
    /// found (see `PathKey.hint`).
    @inline(__always)
    func value(forKey key: String, hint: borrowing Atomic<Int>) -> LiquidValue? {
        storage.value(forKey: key, hint: hint)
    }

    /// Exactly `self[key]` (Swift's string equality, canonical equivalence included), without
    /// hashing when the hash is small and `key` and every key in it are short ASCII strings:
    /// for those, equal means equal bits.
    @inline(__always)
    func exactValue(forKey key: String) -> LiquidValue? {
        storage.exactValue(forKey: key)
    }
}

extension LiquidObject.Storage {
    @inline(__always)
    func value(forKey key: String) -> LiquidValue? {
        guard let position = position(ofKey: key) else { return nil }
        return values[position]
    }

    @inline(__always)
    func value(forKey key: String, hint: borrowing Atomic<Int>) -> LiquidValue? {
        let guess = hint.load(ordering: .relaxed)
        if guess < keys.count, keys[guess].isSameName(as: key) { return values[guess] }
        guard let position = position(ofKey: key) else { return nil }
        hint.store(position, ordering: .relaxed)
        return values[position]
    }

    @inline(__always)
    func exactValue(forKey key: String) -> LiquidValue? {
        guard keys.count <= NameMap<LiquidValue>.indexThreshold, key.isSmallASCII else { return pairs[key] }
        var allSmallASCII = true
        for position in keys.indices {
            if keys[position].isSameName(as: key) { return values[position] }
            if !keys[position].isSmallASCII { allSmallASCII = false }
        }
        return allSmallASCII ? nil : pairs[key]
    }

    @inline(__always)
    func position(ofKey key: String) -> Int? {
        guard keys.count <= NameMap<LiquidValue>.indexThreshold else { return pairs.index(forKey: key) }
        for position in keys.indices where keys[position].isSameName(as: key) { return position }
        return nil
    }
}

extension OrderedDictionary<String, LiquidValue> {
    /// Where `key` is, by the fast comparison above (the render data's top-level names).
    @inline(__always)
    func position(ofKey key: String) -> Int? {
        guard count <= NameMap<LiquidValue>.indexThreshold else { return index(forKey: key) }
        let keys = self.keys
        for position in keys.indices where keys[position].isSameName(as: key) { return position }
        return nil
    }
}
