import Foundation
import HeraldDiagnostics
import HeraldRun
import HeraldLocale
import HeraldPolicy
import HeraldTemplates
import HeraldXML

/// A Herald project as the authoring commands see it: the policy, the locale files, the
/// templates and the XML checks, each loaded once, with every loading problem kept as a
/// diagnostic instead of stopping at the first.
public struct AuthoringProject: Sendable {
    /// The project directory (it holds `herald.yaml`, `templates/`, `locales/`, `schemas/`).
    public let root: URL
    /// The policy, or `nil` when `herald.yaml` has errors.
    public let policy: Policy?
    /// The locale texts, or `nil` when a locale file has errors.
    public let locales: LocaleCatalog?
    /// The template renderer, or `nil` when `templates/` or `locales/` cannot be loaded.
    public let renderer: MessageRenderer?
    /// The XHTML and schema checks.
    public let validator: XMLValidator
    /// `assets/logo.png`, embedded in emails as the run embeds it; `nil` without one.
    public let logoPNG: [UInt8]?
    /// Everything found while loading, errors and warnings.
    public let loadDiagnostics: [Diagnostic]

    /// Loads a project, collecting every problem.
    ///
    /// - Parameters:
    ///   - root: The project directory.
    ///   - defaultLocale: The locale every fallback chain ends in.
    public static func load(root: URL, defaultLocale: String = "en") -> AuthoringProject {
        var diagnostics: [Diagnostic] = []
        let policyURL = root.appendingPathComponent("herald.yaml")
        var policy: Policy?
        do {
            let text = try String(contentsOf: policyURL, encoding: .utf8)
            let parsed = PolicyLoader.parse(text, file: "herald.yaml", conditions: LiquidConditionCompiler())
            policy = parsed.policy
            diagnostics += parsed.diagnostics
        } catch {
            diagnostics.append(
                .error(
                    "authoring.no-policy", "cannot read herald.yaml in '\(root.path)': \(FileProblem.describe(error))",
                    help: "run from the project directory or pass --project DIR"))
        }
        var locales: LocaleCatalog?
        do {
            let catalog = try LocaleCatalog.load(
                directory: root.appendingPathComponent("locales"), defaultLocale: defaultLocale, displayPrefix: "locales")
            locales = catalog
        } catch {
            diagnostics += error.diagnostics
        }
        var renderer: MessageRenderer?
        if let locales {
            do {
                renderer = try MessageRenderer(projectRoot: root, locales: locales)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        let validator = XMLValidator(schemasDirectory: root.appendingPathComponent("schemas").path)
        diagnostics += validator.loadDiagnostics
        var logo: [UInt8]?
        do {
            logo = try RunContext.loadLogo(projectRoot: root)
        } catch {
            diagnostics += error.diagnostics
        }
        return AuthoringProject(
            root: root, policy: policy, locales: locales, renderer: renderer, validator: validator, logoPNG: logo,
            loadDiagnostics: diagnostics)
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
        guard let policy, let locales, let renderer else { return nil }
        var context = RunContext(
            projectRoot: root, policy: policy, locales: locales, renderer: renderer, validator: validator, settings: settings)
        context.logoPNG = logoPNG
        return context
    }
}
