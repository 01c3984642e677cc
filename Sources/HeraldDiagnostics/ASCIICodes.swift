extension StringProtocol {
    /// Whether the text is `length` ASCII letters (and, with `digits`, digits): the shape of
    /// a currency, country or language code.
    ///
    /// Shared by the decoders and the formatters, which check such codes for every invoice and
    /// every amount; reading bytes avoids `Character`'s Unicode property lookups. Inlinable, so
    /// that each caller gets it specialized: called through the generic entry point across
    /// modules, every byte went through witness tables (1.3% of a dunning run).
    @inlinable
    public func isASCIICode(length: ClosedRange<Int>, digits: Bool = false) -> Bool {
        length.contains(utf8.count)
            && utf8.allSatisfy { byte in byte.isASCIILetter || (digits && byte.isASCIIDigit) }
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII letter, `A`–`Z` or `a`–`z`: the byte-level test the
    /// decoders, locale tags, file names and address checks share instead of `Character`'s
    /// Unicode properties.
    @inlinable
    public var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }

    /// Whether the byte is an ASCII digit, `0`–`9`.
    @inlinable
    public var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
}
