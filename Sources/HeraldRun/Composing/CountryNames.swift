import HeraldLocale

/// Country names for the last line of an address abroad (UPU: in capitals, in a language the
/// sending country's post understands; Herald uses English).
enum CountryNames {
    /// The English name of an ISO 3166-1 alpha-2 code, or the code itself when unknown.
    static func english(_ code: String) -> String { names[code.uppercased()] ?? code.uppercased() }

    private static let names: [String: String] = [
        "AT": "Austria", "BE": "Belgium", "CH": "Switzerland", "CZ": "Czechia", "DE": "Germany", "DK": "Denmark",
        "ES": "Spain", "FR": "France", "GB": "United Kingdom", "IE": "Ireland", "IT": "Italy", "LU": "Luxembourg",
        "NL": "Netherlands", "NO": "Norway", "PL": "Poland", "PT": "Portugal", "SE": "Sweden", "US": "United States",
    ]
}

/// Locale tags as Herald writes them in message headers.
enum LocaleTagText {
    /// The canonical form of a BCP 47 tag (`nl-nl` → `nl-NL`), or the text unchanged when it is
    /// not a tag Herald can read.
    static func canonical(_ text: String) -> String { LocaleTag(text)?.rawValue ?? text }
}
