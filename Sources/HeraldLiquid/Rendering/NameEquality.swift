extension String {
    /// Whether two variable or key names are equal, exactly as `utf8.count` equal and `==` are,
    /// but faster for the short ASCII names templates and their data use.
    ///
    /// A string of up to 15 UTF-8 bytes is stored in line, in its two words, with flags that say
    /// it is small and ASCII. Two such strings are equal exactly when their bits are (ASCII text
    /// has one spelling, so canonical equivalence does not apply), and equal bits always mean
    /// equal strings. Anything else (long, non-ASCII or bridged strings) is compared as before.
    /// Whether the string is stored in line and is all ASCII (see `isSameName(as:)`).
    @inline(__always)
    var isSmallASCII: Bool {
        MemoryLayout<String>.size == 16 && unsafeBitCast(self, to: (UInt64, UInt64).self).1 >> 60 == 0xE
    }

    @inline(__always)
    func isSameName(as other: String) -> Bool {
        if MemoryLayout<String>.size == 16 {
            // Only the bits are read; no reference is kept or released.
            let mine = unsafeBitCast(self, to: (UInt64, UInt64).self)
            let theirs = unsafeBitCast(other, to: (UInt64, UInt64).self)
            if mine.0 == theirs.0, mine.1 == theirs.1 { return true }
            // Top four bits 0b1110: immortal, ASCII, small.
            if mine.1 >> 60 == 0xE, theirs.1 >> 60 == 0xE { return false }
        }
        return utf8.count == other.utf8.count && self == other
    }
}
