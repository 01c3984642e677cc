import Foundation
import HeraldChannels
import HeraldDiagnostics
import HeraldLocale
import HeraldPolicy
import HeraldTemplates
import HeraldXML

/// Everything a dunning run loads once and then shares, read-only, across every customer and
/// thread: the policy, the locale catalog, the templates and their renderer, the XML validator
/// and the channel builders.
///
/// `herald run`, `herald preview` and `herald explain` all start from one `RunContext` and
/// call ``MessageComposer``, so a preview is byte for byte what the run would send.
///
/// ```swift
/// let context = try RunContext.load(projectRoot: URL(fileURLWithPath: "."))
/// let outcome = MessageComposer(context: context).compose(customer: customer, asOf: asOf, alreadySent: [:])
/// ```
public struct RunContext: Sendable {
    /// The project directory (with `herald.yaml`, `templates/`, `locales/`, `schemas/`).
    public let projectRoot: URL
    /// The dunning policy.
    public let policy: Policy
    /// Texts and formatters per locale.
    public let locales: LocaleCatalog
    /// The templates and the strict Liquid environment that renders them.
    public let renderer: MessageRenderer
    /// XHTML DTD and print-manifest XSD validation.
    public let validator: XMLValidator
    /// Builds `.eml` files.
    public let emailBuilder: EmailBuilder
    /// Settings that are not in `herald.yaml`.
    public let settings: ComposerSettings
    /// Where invoice PDFs (the invoices' `pdf` field) are read from, or `nil` to attach none.
    public var attachments: (any AttachmentSource)?
    /// The PNG emails embed as `cid:` (`assets/logo.png`), or `nil` to link `company.logo_url`.
    public var logoPNG: [UInt8]?

    /// The schema print manifests are validated against.
    public static let manifestSchema = "print-manifest.xsd"

    /// Creates a context from parts already loaded (for tests and tools that load their own).
    ///
    /// - Parameters:
    ///   - projectRoot: The project directory.
    ///   - policy: The dunning policy.
    ///   - locales: The locale catalog.
    ///   - renderer: The template renderer.
    ///   - validator: The XML validator, with `schemas/` loaded.
    ///   - emailBuilder: The `.eml` builder.
    ///   - settings: Composition settings; `sender.sms.max_segments` in the policy replaces
    ///     their default SMS budget.
    public init(
        projectRoot: URL, policy: Policy, locales: LocaleCatalog, renderer: MessageRenderer, validator: XMLValidator,
        emailBuilder: EmailBuilder = EmailBuilder(), settings: ComposerSettings = ComposerSettings()
    ) {
        self.projectRoot = projectRoot
        self.policy = policy
        self.locales = locales
        self.renderer = renderer
        self.validator = validator
        self.emailBuilder = emailBuilder
        var settings = settings
        // herald.yaml's limit is the project's rule: the run, lint and preview all apply it.
        if let maximum = policy.sender.smsMaximumSegments { settings.smsSegmentBudget = maximum }
        self.settings = settings
    }

    /// Loads a project: `herald.yaml` (or `policyFile`), `locales/`, `templates/`, `schemas/`
    /// and the logo `assets/logo.png` when there is one. Set ``attachments`` afterwards to attach
    /// invoice PDFs.
    ///
    /// - Parameters:
    ///   - projectRoot: The project directory.
    ///   - policyFile: The policy; `projectRoot/herald.yaml` when `nil`.
    ///   - settings: Composition settings.
    /// - Throws: `DiagnosticError` with every problem found while loading, each with
    ///   `file:line:column` where there is one.
    public static func load(
        projectRoot: URL, policyFile: URL? = nil, settings: ComposerSettings = ComposerSettings()
    ) throws(DiagnosticError) -> RunContext {
        let files = ProjectFiles.load(root: projectRoot, policyFile: policyFile, defaultLocale: settings.defaultLocale)
        var problems = files.diagnostics.filter { $0.severity == .error }
        if !files.validator.schemaNames.contains(manifestSchema) {
            problems.append(
                .error(
                    "run.missing-schema", "schemas/\(manifestSchema) is missing: print manifests cannot be checked",
                    help: "run herald from the project root, or pass --project"))
        }
        guard problems.isEmpty, let context = files.runContext(settings: settings) else { throw DiagnosticError(problems) }
        return context
    }
}
