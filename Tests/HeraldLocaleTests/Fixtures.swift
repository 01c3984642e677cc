import Foundation
import HeraldLocale

/// Test fixtures, found next to this file.
enum Fixtures {
    static let localesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Fixtures/locales")

    /// The fixture catalog: en (default), nl, nl-BE, de, fr.
    static func catalog() throws -> LocaleCatalog {
        try LocaleCatalog.load(directory: localesDirectory, defaultLocale: "en")
    }
}

/// A decimal from its text, exactly (a float literal would pass through Double).
func dec(_ text: String) -> Decimal {
    Decimal(string: text) ?? .nan
}
