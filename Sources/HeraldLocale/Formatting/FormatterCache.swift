import Synchronization

/// The formatters of every locale used so far, each built once from ICU's CLDR data.
///
/// Thread-safe: lookups take a lock only to read the cache; a formatter is built at most
/// once per locale tag.
public final class FormatterCache: Sendable {
    private let formatters = Mutex<[String: LocaleFormatter]>([:])

    /// Creates an empty cache.
    public init() {}

    /// The formatter for a locale tag such as `nl-NL`; a language-only tag (`nl`) formats as
    /// the language's main region (`nl-NL`, by CLDR's likely subtags).
    ///
    /// - Parameter tag: A locale tag.
    /// - Returns: The cached formatter, built on first use.
    public func formatter(for tag: LocaleTag) -> LocaleFormatter {
        if let formatter = formatters.withLock({ $0[tag.rawValue] }) { return formatter }
        // Build outside the lock: derivation calls into ICU and may take a millisecond.
        let formatter = LocaleFormatter(tag: tag)
        return formatters.withLock { cache in
            if let existing = cache[tag.rawValue] { return existing }
            cache[tag.rawValue] = formatter
            return formatter
        }
    }
}
