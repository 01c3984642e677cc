import Foundation
import HeraldDiagnostics
import HeraldRun
import HeraldLocale
import HeraldPolicy
import HeraldTemplates
import HeraldXML

/// A Herald project as the authoring commands see it: the run's own ``ProjectFiles`` (policy,
/// locale files, templates, XML checks and logo, each loaded once, every loading problem kept
/// as a diagnostic), so lint, preview and explain check what the run would use.
public struct AuthoringProject: Sendable {
    /// The loaded files.
    public let files: ProjectFiles

    /// The project directory (it holds `herald.yaml`, `templates/`, `locales/`, `schemas/`).
    public var root: URL { files.root }
    /// The policy, or `nil` when `herald.yaml` has errors.
    public var policy: Policy? { files.policy }
    /// The locale texts, or `nil` when a locale file has errors.
    public var locales: LocaleCatalog? { files.locales }
    /// The template renderer, or `nil` when `templates/` or `locales/` cannot be loaded.
    public var renderer: MessageRenderer? { files.renderer }
    /// The XHTML and schema checks.
    public var validator: XMLValidator { files.validator }
    /// Everything found while loading, errors and warnings.
    public var loadDiagnostics: [Diagnostic] { files.diagnostics }

    /// Loads a project, collecting every problem.
    ///
    /// - Parameters:
    ///   - root: The project directory.
    ///   - defaultLocale: The locale every fallback chain ends in.
    public static func load(root: URL, defaultLocale: String = "en") -> AuthoringProject {
        AuthoringProject(files: ProjectFiles.load(root: root, defaultLocale: defaultLocale))
    }

    /// Reads a project file's text for caret excerpts, by its path from the project root.
    public func source(of path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}

extension AuthoringProject {
    /// The run's context over this project, or `nil` when the policy, locales or templates
    /// did not load (``loadDiagnostics`` says why).
    public func runContext(settings: ComposerSettings = ComposerSettings()) -> RunContext? {
        files.runContext(settings: settings)
    }
}
