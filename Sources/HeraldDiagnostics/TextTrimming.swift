extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks and other
    /// Unicode white space).
    ///
    /// Shared by the input decoders and the channels, which trim every contact field. Inlinable,
    /// so that each caller gets it specialized rather than going through witness tables.
    @inlinable
    public var trimmingWhitespace: String {
        let text = String(self)
        // Most values start and end with a visible ASCII character: nothing to trim, and no
        // Unicode property lookups.
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first),
            (0x21...0x7E).contains(last)
        {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
