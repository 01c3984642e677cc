extension LocaleTag {
    /// The tags to look a text up in, most specific first: this tag, its truncations, then the
    /// default locale and its truncations, without repeats.
    ///
    /// `nl-BE` with default `en` gives `nl-BE`, `nl`, `en`.
    ///
    /// - Parameter defaultLocale: The project's default locale.
    /// - Returns: The chain; never empty.
    public func fallbackChain(defaultLocale: LocaleTag) -> [LocaleTag] {
        var chain = truncations
        for tag in defaultLocale.truncations where !chain.contains(tag) {
            chain.append(tag)
        }
        return chain
    }
}
