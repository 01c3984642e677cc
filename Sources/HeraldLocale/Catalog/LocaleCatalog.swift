import HeraldDiagnostics

/// The texts of every locale file in `locales/`, loaded once and immutable.
///
/// Look texts up with ``lookup(_:locale:)`` or ``translate(_:locale:arguments:)``; both follow
/// the fallback chain `nl-BE` → `nl` → default locale.
public struct LocaleCatalog: Sendable {
    /// One locale file.
    struct Table: Sendable {
        var tag: LocaleTag
        /// The file, relative to the project root: `locales/nl.yml`.
        var file: String
        /// Where the top-level tag key is written.
        var rootLocation: SourceLocation
        /// Every message key, dotted.
        var entries: [String: Translation]
        /// Every group key (a mapping that is not a plural), dotted, with its location.
        var groups: [String: SourceLocation]
    }

    /// The project's default locale: the last step of every fallback chain.
    public let defaultLocale: LocaleTag
    /// Non-fatal findings from loading, such as a language without plural rules.
    public let warnings: [Diagnostic]
    let tables: [LocaleTag: Table]
    /// Number, money and date formatters, built once per locale.
    public let formatters: FormatterCache
    /// Locales resolved for the filters, by the text that named them.
    let resolvedLocales = ResolvedLocaleCache()

    init(defaultLocale: LocaleTag, tables: [LocaleTag: Table], warnings: [Diagnostic]) {
        self.defaultLocale = defaultLocale
        self.tables = tables
        self.warnings = warnings
        self.formatters = FormatterCache()
    }

    /// The locales that have a file, sorted.
    public var locales: [LocaleTag] { tables.keys.sorted() }

    /// The file that holds a locale's texts, relative to the project root.
    public func file(for locale: LocaleTag) -> String? { tables[locale]?.file }

    /// Every message key of a locale's own file, sorted.
    public func keys(in locale: LocaleTag) -> [String] { tables[locale]?.entries.keys.sorted() ?? [] }

    /// The tags a lookup for `locale` tries, most specific first.
    public func fallbackChain(for locale: LocaleTag) -> [LocaleTag] {
        locale.fallbackChain(defaultLocale: defaultLocale)
    }

    /// Finds a key's text, following the fallback chain.
    ///
    /// - Parameters:
    ///   - key: A dotted key, such as `reminder_1.subject`.
    ///   - locale: The customer's locale tag, such as `nl-BE`. A malformed tag uses the default locale.
    /// - Returns: The text from the most specific locale that has the key, or `nil`.
    public func lookup(_ key: String, locale: String) -> Translation? {
        lookup(key, locale: LocaleTag(locale) ?? defaultLocale)
    }

    /// Finds a key's text, following the fallback chain.
    public func lookup(_ key: String, locale: LocaleTag) -> Translation? {
        resolvedLocales.resolve(locale.rawValue, in: self)?.entries[key]
    }

    /// The default locale, resolved: what the filters use when a message names no locale.
    var resolvedDefaultLocale: ResolvedLocale {
        resolvedLocales.resolve(defaultLocale.rawValue, in: self) ?? ResolvedLocale(tag: defaultLocale, catalog: self)
    }

    /// Whether `key` names a group of keys (such as `reminder_1`) in any locale.
    func isGroup(_ key: String) -> Bool { tables.values.contains { $0.groups[key] != nil } }

    /// Every message key of any locale, for suggestions.
    var allKeys: Set<String> { tables.values.reduce(into: []) { $0.formUnion($1.entries.keys) } }
}
