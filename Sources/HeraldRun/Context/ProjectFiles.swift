import Foundation
import HeraldDiagnostics
import HeraldLocale
import HeraldPolicy
import HeraldTemplates
import HeraldXML

/// A project's files, each loaded once, with every problem kept as a diagnostic instead of
/// stopping at the first: `herald.yaml`, `locales/`, `templates/`, `schemas/` and
/// `assets/logo.png`. The run builds its ``RunContext`` from them, and the authoring
/// commands use the same loader, so lint and preview see exactly what the run sees.
public struct ProjectFiles: Sendable {
    /// The project directory.
    public let root: URL
    /// The policy, or `nil` when `herald.yaml` is missing or has errors.
    public let policy: Policy?
    /// The locale texts, or `nil` when a locale file has errors.
    public let locales: LocaleCatalog?
    /// The template renderer, or `nil` when `templates/` or `locales/` cannot be loaded.
    public let renderer: MessageRenderer?
    /// The XHTML and schema checks.
    public let validator: XMLValidator
    /// `assets/logo.png`, embedded in emails; `nil` without one.
    public let logoPNG: [UInt8]?
    /// Everything found while loading, errors and warnings, each with `file:line:column`
    /// where there is one.
    public let diagnostics: [Diagnostic]

    /// Loads every part of a project.
    ///
    /// - Parameters:
    ///   - root: The project directory.
    ///   - policyFile: The policy; `root/herald.yaml` when `nil`.
    ///   - defaultLocale: The locale every fallback chain ends in.
    public static func load(root: URL, policyFile: URL? = nil, defaultLocale: String = "en") -> ProjectFiles {
        var diagnostics: [Diagnostic] = []
        let policyURL = policyFile ?? root.appendingPathComponent("herald.yaml")
        let policyName = policyFile?.path ?? "herald.yaml"
        var policy: Policy?
        do {
            let text = try String(contentsOf: policyURL, encoding: .utf8)
            let parsed = PolicyLoader.parse(text, file: policyName, conditions: LiquidConditionCompiler())
            policy = parsed.policy
            diagnostics += parsed.diagnostics
        } catch {
            let what = policyFile.map { "the policy file '\($0.path)'" } ?? "herald.yaml in '\(root.path)'"
            diagnostics.append(
                .error(
                    "policy.unreadable", "cannot read \(what): \(FileProblem.describe(error))",
                    at: SourceLocation(file: policyName, line: 1),
                    help: "run from the project folder (the one with herald.yaml), or pass --project"))
        }
        var locales: LocaleCatalog?
        do {
            locales = try LocaleCatalog.load(
                directory: root.appendingPathComponent("locales"), defaultLocale: defaultLocale, displayPrefix: "locales")
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
        return ProjectFiles(
            root: root, policy: policy, locales: locales, renderer: renderer, validator: validator, logoPNG: logo,
            diagnostics: diagnostics)
    }

    /// The run's context over these files, or `nil` when the policy, locales or templates did
    /// not load (``diagnostics`` says why).
    public func runContext(settings: ComposerSettings = ComposerSettings()) -> RunContext? {
        guard let policy, let locales, let renderer else { return nil }
        var context = RunContext(
            projectRoot: root, policy: policy, locales: locales, renderer: renderer, validator: validator, settings: settings)
        context.logoPNG = logoPNG
        return context
    }
}
