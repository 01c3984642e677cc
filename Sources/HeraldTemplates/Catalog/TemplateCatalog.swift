import Foundation
import HeraldDiagnostics
import HeraldLocale

/// The template files of a project's `templates/` directory, indexed once at start-up.
///
/// Resolves the most specific file for a stage, part, segment and locale (see
/// ``TemplateSelection/candidates``) and reports files Herald would never use.
public struct TemplateCatalog: Sendable {
    /// The segment ids templates may override (`segments/<id>/`).
    public static let segments = ["disputed", "high-exposure", "chronic-late", "occasional", "reliable"]

    /// How diagnostics and messages name the directory: `templates`.
    public let displayPrefix: String
    /// Every `.liquid` file, relative to `templates/` (locale folders in canonical case).
    public let files: Set<String>
    /// The stage folders, sorted.
    public let stages: [String]
    /// Files and folders Herald would never use, such as a misspelt part name.
    public let warnings: [Diagnostic]
    /// Maps a canonical relative path to the path on disk, where a locale folder's case differs.
    let diskNames: [String: String]

    /// Indexes a list of relative file paths (for tests and callers that list files themselves).
    ///
    /// - Parameters:
    ///   - paths: Paths relative to `templates/`, such as `reminder-1/nl/email.xhtml.liquid`.
    ///   - displayPrefix: How diagnostics name the directory.
    public init(paths: [String], displayPrefix: String = "templates") {
        var files: Set<String> = []
        var diskNames: [String: String] = [:]
        var stages: Set<String> = []
        var warnings: [Diagnostic] = []
        let partNames = TemplatePart.allCases.map(\.fileName)
        for path in paths.sorted() where path.hasSuffix(".liquid") {
            let parts = path.split(separator: "/").map(String.init)
            guard let stage = parts.first, !stage.hasPrefix("_"), !stage.hasPrefix(".") else { continue }
            guard parts.count >= 2 else {
                warnings.append(
                    Self.unused(path, prefix: displayPrefix, "'\(path)' is outside any stage folder", help: "move it into a stage folder such as reminder-1/"))
                continue
            }
            stages.insert(stage)
            var canonical = parts
            let fileName = parts[parts.count - 1]
            guard partNames.contains(fileName) else {
                let help = Suggestion.didYouMean(fileName, in: partNames).map { "\($0) " } ?? ""
                warnings.append(
                    Self.unused(
                        path, prefix: displayPrefix, "'\(fileName)' is not a template part Herald renders",
                        help: help + "parts are " + partNames.joined(separator: ", ")))
                continue
            }
            let middle = Array(parts[1..<(parts.count - 1)])
            var localeIndex: Int?
            switch middle.count {
            case 0: break
            case 1: localeIndex = 1
            case 2, 3:
                guard middle[0] == "segments", Self.segments.contains(middle[1]) else {
                    let segmentHelp =
                        middle[0] == "segments"
                        ? (Suggestion.didYouMean(middle[1], in: Self.segments).map { "\($0) " } ?? "")
                            + "segments are " + Self.segments.joined(separator: ", ")
                        : "overrides live in <locale>/, segments/<segment>/ or segments/<segment>/<locale>/"
                    warnings.append(
                        Self.unused(path, prefix: displayPrefix, "'\(path)' is not where Herald looks for templates", help: segmentHelp))
                    continue
                }
                if middle.count == 3 { localeIndex = 3 }
            default:
                warnings.append(
                    Self.unused(
                        path, prefix: displayPrefix, "'\(path)' is nested too deeply",
                        help: "overrides live in <locale>/, segments/<segment>/ or segments/<segment>/<locale>/"))
                continue
            }
            if let localeIndex {
                guard let tag = LocaleTag(parts[localeIndex]) else {
                    warnings.append(
                        Self.unused(
                            path, prefix: displayPrefix, "folder '\(parts[localeIndex])' is not a locale tag",
                            help: "name locale folders by BCP 47 tag, such as nl or nl-BE"))
                    continue
                }
                canonical[localeIndex] = tag.rawValue
            }
            let key = canonical.joined(separator: "/")
            files.insert(key)
            diskNames[key] = path
        }
        self.displayPrefix = displayPrefix
        self.files = files
        self.stages = stages.sorted()
        self.warnings = warnings
        self.diskNames = diskNames
    }

    /// Indexes the `.liquid` files under a directory.
    ///
    /// - Parameters:
    ///   - directory: The `templates/` directory.
    ///   - displayPrefix: How diagnostics name it; its own name when `nil`.
    /// - Throws: `DiagnosticError` when the directory cannot be read.
    public static func load(directory: URL, displayPrefix: String? = nil) throws(DiagnosticError) -> TemplateCatalog {
        let prefix = displayPrefix ?? directory.lastPathComponent
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else {
            throw DiagnosticError(
                .error(
                    "template.unreadable-directory", "cannot read the template directory '\(prefix)'",
                    help: "create it with one folder per stage, such as \(prefix)/reminder-1/"))
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".liquid") { paths.append(path) }
        }
        return TemplateCatalog(paths: paths, displayPrefix: prefix)
    }

    /// The most specific file for a selection, or `nil` when there is none.
    public func resolve(_ selection: TemplateSelection) -> ResolvedTemplate? {
        guard let name = selection.candidates.first(where: files.contains) else { return nil }
        let diskName = diskNames[name] ?? name
        return ResolvedTemplate(part: selection.part, name: diskName, path: path(of: diskName))
    }

    /// A path relative to `templates/` as the project root sees it: `templates/<name>`.
    func path(of name: String) -> String { displayPrefix.isEmpty ? name : "\(displayPrefix)/\(name)" }

    private static func unused(_ path: String, prefix: String, _ message: String, help: String) -> Diagnostic {
        .warning(
            "template.unused-file", message, at: SourceLocation(file: prefix.isEmpty ? path : "\(prefix)/\(path)", line: 1),
            help: help)
    }
}
