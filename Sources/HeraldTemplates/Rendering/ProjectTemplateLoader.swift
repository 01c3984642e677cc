import Foundation
import HeraldDiagnostics
import HeraldLiquid

/// Loads templates from a project's `templates/` directory for the Liquid engine.
///
/// A name is a path relative to `templates/`, with or without `.liquid`. Partials
/// (`{% render "invoice-table.xhtml" %}`) are also looked up in `templates/_partials/`.
/// Sources are named by their path from the project root (`templates/reminder-1/email.xhtml.liquid`),
/// so every `LiquidError` points at a file the user can open.
public struct ProjectTemplateLoader: TemplateLoader {
    private let directory: DirectoryLoader
    /// How sources are named: `templates`.
    public let displayPrefix: String

    /// Creates a loader over the `templates/` directory.
    ///
    /// - Parameters:
    ///   - root: The `templates/` directory.
    ///   - displayPrefix: The directory's path from the project root, for error messages.
    public init(root: URL, displayPrefix: String = "templates") {
        directory = DirectoryLoader(root: root, fileExtension: "liquid")
        self.displayPrefix = displayPrefix
    }

    /// The source of `name`, trying `templates/<name>` then `templates/_partials/<name>`.
    /// - Throws: an error whose description is a plain reason (`permission denied`), which the
    ///   Liquid engine puts after `template '…' cannot be read:`.
    public func source(named name: String) throws -> TemplateSource? {
        var found: TemplateSource?
        do {
            found = try directory.source(named: name)
            if found == nil, !name.hasPrefix("_partials/") {
                found = try directory.source(named: "_partials/" + name)
            }
        } catch {
            throw UnreadableTemplate(reason: FileProblem.describe(error))
        }
        guard var source = found else { return nil }
        if !displayPrefix.isEmpty { source.displayName = "\(displayPrefix)/\(source.displayName)" }
        return source
    }
}

/// A template file that exists but cannot be read; its description is the plain reason.
private struct UnreadableTemplate: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
