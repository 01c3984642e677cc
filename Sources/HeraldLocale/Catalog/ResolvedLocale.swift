import Synchronization

/// A locale as the filters use it, worked out once per run: the canonical tag, the texts along
/// its fallback chain merged into one table, and its formatter.
///
/// Every `t`, `money` and `local_date` call names its locale by the `locale` register's text
/// (`nl-NL`); resolving that text once saves parsing the tag and walking the chain per call.
final class ResolvedLocale: Sendable {
    /// The canonical tag.
    let tag: LocaleTag
    /// Every key the chain can find, with the text from the most specific locale that has it.
    let entries: [String: Translation]
    /// Number, money and date formats.
    let formatter: LocaleFormatter

    init(tag: LocaleTag, catalog: LocaleCatalog) {
        self.tag = tag
        var entries: [String: Translation] = [:]
        for chainTag in catalog.fallbackChain(for: tag) {
            guard let table = catalog.tables[chainTag] else { continue }
            entries.merge(table.entries) { moreSpecific, _ in moreSpecific }
        }
        self.entries = entries
        self.formatter = catalog.formatters.formatter(for: tag)
    }
}

/// Resolved locales by the text that named them (`nl-NL`, `nl_nl`), built at most once each.
final class ResolvedLocaleCache: Sendable {
    private let locales = Mutex<[String: ResolvedLocale]>([:])

    /// The resolved locale for a tag's text, or `nil` when the text is not a locale tag.
    func resolve(_ text: String, in catalog: LocaleCatalog) -> ResolvedLocale? {
        if let resolved = locales.withLock({ $0[text] }) { return resolved }
        guard let tag = LocaleTag(text) else { return nil }
        let resolved = ResolvedLocale(tag: tag, catalog: catalog)
        return locales.withLock { cache in
            if let existing = cache[text] { return existing }
            cache[text] = resolved
            return resolved
        }
    }
}
