extension Collection<UInt8> where Index == Int {
    /// The start offsets of the occurrences of `needle`, left to right and not overlapping,
    /// at most `limit` of them.
    ///
    /// A plain byte scan, shared by the modules that look for markers in rendered documents:
    /// the generic `ranges(of:)` and `String.contains(_:)` cost far more on documents of
    /// several kilobytes. Inlinable, so that each caller gets it specialized for its own
    /// collection: called through the generic entry point across modules, it spent most of its
    /// time in witness-table calls, about 7% of a dunning run.
    @inlinable
    public func offsets(of needle: some Collection<UInt8>, limit: Int = .max) -> [Int] {
        let needle = Array(needle)
        guard let first = needle.first, needle.count <= count else { return [] }
        var found: [Int] = []
        var start = startIndex
        let lastStart = endIndex - needle.count
        while start <= lastStart, found.count < limit {
            if self[start] == first, self[start..<(start + needle.count)].elementsEqual(needle) {
                found.append(start)
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// Whether `needle` occurs in these bytes.
    @inlinable
    public func contains(bytes needle: some Collection<UInt8>) -> Bool {
        needle.isEmpty || !offsets(of: needle, limit: 1).isEmpty
    }
}

extension String {
    /// The UTF-8 offsets of the occurrences of `needle` in this string (see
    /// ``Swift/Collection/offsets(of:limit:)``), read in place without copying the bytes.
    @inlinable
    public func utf8Offsets(of needle: String, limit: Int = .max) -> [Int] {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.offsets(of: needle.utf8, limit: limit) }) {
            return found
        }
        return Array(utf8).offsets(of: needle.utf8, limit: limit)
    }

    /// Whether `needle` occurs in this string, compared byte for byte (no Unicode
    /// normalisation, unlike `String.contains`).
    @inlinable
    public func containsBytes(of needle: String) -> Bool {
        needle.isEmpty || !utf8Offsets(of: needle, limit: 1).isEmpty
    }
}
