import HeraldDiagnostics

/// A key the default locale has and another language lacks, for `herald lint`.
public struct MissingKey: Sendable, Hashable {
    /// The dotted key, such as `reminder_1.subject`.
    public var key: String
    /// The locale that lacks it.
    public var locale: LocaleTag
    /// Where to add it: the nearest existing group of the key in the locale's file
    /// (`reminder_1:`), or the file's top-level key.
    public var location: SourceLocation
    /// Where the default locale defines it.
    public var reference: SourceLocation

    /// A warning: the text falls back to the default locale, so customers get another language.
    public var diagnostic: Diagnostic {
        Diagnostic(
            .warning, code: "locale.missing-key",
            message: "'\(key)' is missing in '\(locale)', so customers get the '\(reference.file)' text",
            location: location, help: "add '\(key.split(separator: ".").last ?? "")' here",
            notes: [Diagnostic(.note, code: "locale.missing-key", message: "defined here", location: reference)])
    }
}

extension LocaleCatalog {
    /// The keys each locale lacks compared with the default locale.
    ///
    /// A regional file (`nl-BE.yml`) holds only the keys that differ, so keys are reported for
    /// the language (`nl`); a regional file is checked only when its language has no file.
    ///
    /// - Returns: Missing keys sorted by locale, then key.
    public func missingKeys() -> [MissingKey] {
        guard let reference = tables[defaultLocale] else { return [] }
        var missing: [MissingKey] = []
        for tag in locales where tag != defaultLocale && !defaultLocale.truncations.contains(tag) {
            // Report only for the least specific locale that has a file.
            if tag.truncations.dropFirst().contains(where: { tables[$0] != nil }) { continue }
            guard let table = tables[tag] else { continue }
            for key in reference.entries.keys.sorted() where table.entries[key] == nil {
                guard let referenceLocation = reference.entries[key]?.location else { continue }
                missing.append(
                    MissingKey(
                        key: key, locale: tag, location: insertionPoint(for: key, in: table),
                        reference: referenceLocation))
            }
        }
        return missing
    }

    /// Everything `herald lint` reports about the locale files: loading warnings, missing keys,
    /// plural forms a language needs but a message lacks, and keys the default locale does not have.
    public func lint() -> [Diagnostic] {
        var diagnostics = warnings + missingKeys().map(\.diagnostic)
        for tag in locales {
            guard let table = tables[tag] else { continue }
            let needed = PluralRules.categories(for: tag.language)
            for key in table.entries.keys.sorted() {
                guard let translation = table.entries[key] else { continue }
                if case .plural(let forms) = translation.forms {
                    let absent = needed.filter { forms[$0] == nil }
                    if !absent.isEmpty {
                        diagnostics.append(
                            .warning(
                                "locale.missing-plural-form",
                                "'\(key)' lacks the \(absent.map { "'\($0.rawValue)'" }.joined(separator: ", ")) "
                                    + "form\(absent.count == 1 ? "" : "s") that '\(tag.language)' uses",
                                at: translation.location,
                                help: "add \(absent.map { "\($0.rawValue):" }.joined(separator: ", ")); "
                                    + "until then the 'other' form is used"))
                    }
                }
                if tag != defaultLocale, lookup(key, locale: defaultLocale) == nil {
                    diagnostics.append(
                        .warning(
                            "locale.unknown-key", "'\(key)' is not in the default locale '\(defaultLocale)'",
                            at: translation.location,
                            help: Suggestion.didYouMean(key, in: tables[defaultLocale]?.entries.keys.map { $0 } ?? [])
                                ?? "add it to \(file(for: defaultLocale) ?? "the default locale") or delete it"))
                }
            }
        }
        return diagnostics
    }

    private func insertionPoint(for key: String, in table: Table) -> SourceLocation {
        var parts = key.split(separator: ".").dropLast()
        while !parts.isEmpty {
            if let location = table.groups[parts.joined(separator: ".")] { return location }
            parts = parts.dropLast()
        }
        return table.rootLocation
    }
}
