import Foundation
import HeraldDiagnostics
import Yams

extension LocaleCatalog {
    /// Loads every `*.yml` and `*.yaml` file of a directory.
    ///
    /// - Parameters:
    ///   - directory: The `locales/` directory.
    ///   - defaultLocale: The project's default locale; it must have a file.
    ///   - displayPrefix: How diagnostics name the directory; the directory's own name (`locales`)
    ///     when `nil`.
    /// - Returns: The catalog; non-fatal findings are in ``warnings``.
    /// - Throws: `DiagnosticError` with every error found (bad YAML with file:line:column, a
    ///   top-level key that does not match the file name, a missing default locale, …).
    public static func load(
        directory: URL, defaultLocale: String = "en", displayPrefix: String? = nil
    ) throws(DiagnosticError) -> LocaleCatalog {
        let prefix = displayPrefix ?? directory.lastPathComponent
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw DiagnosticError(
                .error(
                    "locale.unreadable-directory",
                    "cannot read the locale directory '\(prefix)': \(FileProblem.describe(error))",
                    help: "create it with one YAML file per language, such as \(prefix)/en.yml"))
        }
        var files: [(path: String, source: String)] = []
        var errors: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let path = prefix.isEmpty ? name : "\(prefix)/\(name)"
            let data: Data
            do {
                data = try Data(contentsOf: directory.appendingPathComponent(name))
            } catch {
                errors.append(
                    .error(
                        "locale.unreadable-file", "cannot read '\(path)': \(FileProblem.describe(error))",
                        at: SourceLocation(file: path, line: 1), help: "check that the file is readable"))
                continue
            }
            guard let source = String(data: data, encoding: .utf8) else {
                errors.append(
                    .error(
                        "locale.unreadable-file", "'\(path)' is not UTF-8 text", at: SourceLocation(file: path, line: 1),
                        help: "save the file as UTF-8"))
                continue
            }
            files.append((path, source))
        }
        let catalog: LocaleCatalog
        do throws(DiagnosticError) {
            catalog = try parse(files: files, defaultLocale: defaultLocale)
        } catch {
            throw DiagnosticError(errors + error.diagnostics)
        }
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return catalog
    }

    /// Builds a catalog from file texts, for tests and for callers that read files themselves.
    ///
    /// - Parameters:
    ///   - files: Each file's path (relative to the project root, such as `locales/nl.yml`;
    ///     its name without extension is the locale tag) and its text.
    ///   - defaultLocale: The project's default locale; it must have a file.
    /// - Throws: `DiagnosticError` with every error found.
    public static func parse(
        files: [(path: String, source: String)], defaultLocale: String = "en"
    ) throws(DiagnosticError) -> LocaleCatalog {
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var tables: [LocaleTag: Table] = [:]
        guard let defaultTag = LocaleTag(defaultLocale) else {
            throw DiagnosticError(
                .error(
                    "locale.bad-tag", "the default locale '\(defaultLocale)' is not a language tag",
                    help: "use a BCP 47 tag such as 'en' or 'en-GB'"))
        }
        for file in files {
            var loader = FileLoader(path: file.path, source: file.source)
            if let table = loader.load() {
                if let existing = tables[table.tag] {
                    errors.append(
                        .error(
                            "locale.duplicate-locale", "'\(table.tag)' has a second file",
                            at: table.rootLocation, help: "merge it into \(existing.file)"))
                } else {
                    tables[table.tag] = table
                }
            }
            errors += loader.errors
            warnings += loader.warnings
        }
        if tables[defaultTag] == nil, !files.isEmpty || errors.isEmpty {
            let directory = files.first.map { ($0.path as NSString).deletingLastPathComponent } ?? "locales"
            errors.append(
                .error(
                    "locale.missing-default", "no locale file for the default locale '\(defaultTag)'",
                    help: "add \(directory.isEmpty ? "" : directory + "/")\(defaultTag).yml"))
        }
        for tag in tables.keys.sorted() where !PluralRules.hasRules(for: tag.language) {
            warnings.append(
                .warning(
                    "locale.no-plural-rules", "Herald has no plural rules for '\(tag.language)'",
                    at: tables[tag]?.rootLocation,
                    help: "plural messages in this language always use their 'other' form"))
        }
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return LocaleCatalog(defaultLocale: defaultTag, tables: tables, warnings: warnings)
    }
}

/// Reads one locale file into a table, collecting diagnostics.
private struct FileLoader {
    let path: String
    let source: String
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var entries: [String: Translation] = [:]
    var groups: [String: SourceLocation] = [:]

    init(path: String, source: String) {
        self.path = path
        self.source = source
    }

    mutating func load() -> LocaleCatalog.Table? {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let tag = LocaleTag(name) else {
            errors.append(
                .error(
                    "locale.bad-file-name", "'\(name)' is not a language tag",
                    at: SourceLocation(file: path, line: 1),
                    help: "name locale files by BCP 47 tag, such as nl.yml or nl-BE.yml"))
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: source)
        } catch let error as YamlError {
            errors.append(yamlDiagnostic(error))
            return nil
        } catch {
            errors.append(
                .error(
                    "locale.bad-yaml", "cannot parse YAML: \(error)", at: SourceLocation(file: path, line: 1),
                    help: "check that the file is UTF-8 YAML with one top-level key, its language tag"))
            return nil
        }
        guard let mapping = root?.mapping, mapping.count == 1, let (key, value) = mapping.first,
            let rootKey = key.string
        else {
            // With several top-level keys, point at the first one too many, not at the file's start.
            let extraKey = root?.mapping.flatMap { $0.count > 1 ? Array($0.keys)[1] : nil }
            let found = extraKey?.string.map { ", but '\($0)' is a second one" } ?? ""
            errors.append(
                .error(
                    "locale.bad-root", "'\(path)' must have exactly one top-level key, its language tag\(found)",
                    at: location(of: extraKey ?? root),
                    help: "start the file with '\(tag):' and indent every key under it"))
            return nil
        }
        guard LocaleTag(rootKey) == tag else {
            errors.append(
                .error(
                    "locale.root-mismatch", "the top-level key '\(rootKey)' does not match the file name",
                    at: location(of: key, length: rootKey.count),
                    help: "write '\(tag):' or rename the file to \(rootKey).yml"))
            return nil
        }
        let rootLocation = location(of: key, length: rootKey.count)
        walk(value, prefix: "", tag: tag)
        return LocaleCatalog.Table(
            tag: tag, file: path, rootLocation: rootLocation, entries: entries, groups: groups)
    }

    private mutating func walk(_ node: Node, prefix: String, tag: LocaleTag) {
        guard let mapping = node.mapping else {
            errors.append(
                .error(
                    "locale.bad-structure", "expected keys under '\(prefix.isEmpty ? tag.rawValue : prefix)'",
                    at: location(of: node), help: "indent keys under their group, as in 'reminder_1:' then '  subject: …'"))
            return
        }
        for (keyNode, valueNode) in mapping {
            guard let name = keyNode.scalar?.string, !name.isEmpty else {
                errors.append(.error("locale.bad-key", "a key must be plain text", at: location(of: keyNode)))
                continue
            }
            let key = prefix.isEmpty ? name : "\(prefix).\(name)"
            let keyLocation = location(of: keyNode, length: name.count)
            switch valueNode {
            case .scalar(let scalar):
                if valueNode.null != nil, scalar.style == .plain {
                    warnings.append(
                        .warning(
                            "locale.empty-message", "'\(key)' has no text", at: keyLocation,
                            help: "write the text, or delete the key to fall back to another locale"))
                    continue
                }
                if let message = message(scalar.string, key: key, node: valueNode) {
                    entries[key] = Translation(key: key, locale: tag, forms: .message(message), location: keyLocation)
                }
            case .mapping(let children) where isPlural(children):
                plural(children, key: key, tag: tag, location: keyLocation)
            case .mapping:
                groups[key] = keyLocation
                walk(valueNode, prefix: key, tag: tag)
            case .sequence, .alias:
                errors.append(
                    .error(
                        "locale.unsupported-value", "'\(key)' holds a list; Herald reads only texts and groups",
                        at: keyLocation, help: "use one key per text"))
            }
        }
    }

    private func isPlural(_ mapping: Node.Mapping) -> Bool {
        !mapping.isEmpty
            && mapping.keys.allSatisfy { key in key.string.flatMap(PluralCategory.init(rawValue:)) != nil }
    }

    private mutating func plural(_ mapping: Node.Mapping, key: String, tag: LocaleTag, location: SourceLocation) {
        var forms: [PluralCategory: Message] = [:]
        for (categoryNode, valueNode) in mapping {
            guard let category = categoryNode.string.flatMap(PluralCategory.init(rawValue:)) else { continue }
            guard let text = valueNode.scalar?.string else {
                errors.append(
                    .error(
                        "locale.bad-structure", "plural form '\(key).\(category.rawValue)' must be text",
                        at: self.location(of: categoryNode)))
                continue
            }
            if let message = message(text, key: "\(key).\(category.rawValue)", node: valueNode) {
                forms[category] = message
            }
        }
        guard forms[.other] != nil else {
            errors.append(
                .error(
                    "locale.missing-other", "plural message '\(key)' has no 'other' form", at: location,
                    help: "add 'other:', the form for every count the other categories do not cover"))
            return
        }
        entries[key] = Translation(key: key, locale: tag, forms: .plural(forms), location: location)
    }

    private mutating func message(_ text: String, key: String, node: Node) -> Message? {
        do {
            return try Message(text)
        } catch {
            errors.append(
                .error("locale.bad-placeholder", "'\(key)': \(error.message)", at: location(of: node), help: error.help))
            return nil
        }
    }

    private func location(of node: Node?, length: Int = 1) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: path, line: 1, column: 1) }
        return SourceLocation(file: path, line: mark.line, column: mark.column, length: length)
    }

    private func yamlDiagnostic(_ error: YamlError) -> Diagnostic {
        let help = "check the indentation and quoting; quote texts that contain ': ' or start with '%'"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at \(context.mark.line):\(context.mark.column))" }
            return .error(
                "locale.bad-yaml", message, at: SourceLocation(file: path, line: mark.line, column: mark.column),
                help: help)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                "locale.duplicate-key",
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one group",
                at: SourceLocation(file: path, line: context.mark.line, column: context.mark.column),
                help: "keep one of them: the later one would silently win")
        case .reader(let problem, let offset, _, _):
            let location =
                offset.map { SourceLocation(file: path, source: source, utf8Offset: $0) }
                ?? SourceLocation(file: path, line: 1)
            return .error("locale.bad-yaml", "cannot read YAML: \(problem)", at: location, help: "save the file as UTF-8")
        default:
            return .error("locale.bad-yaml", "invalid YAML: \(error)", at: SourceLocation(file: path, line: 1))
        }
    }
}
