import Foundation
import HeraldDiagnostics
import HeraldLiquid
import HeraldLocale
import OrderedCollections
import Synchronization

/// Renders customer messages from a project's templates: Herald's use of Liquid.
///
/// Holds one strict `LiquidEnvironment` (undefined variables and filters are errors) with the
/// locale filters registered and a loader rooted at `templates/`; parsed templates are cached,
/// so each file is parsed once. Thread-safe: render from any number of tasks.
public final class MessageRenderer: Sendable {
    /// The template files.
    public let templates: TemplateCatalog
    /// The texts and formatters the filters use.
    public let locales: LocaleCatalog
    /// The Liquid environment every template is parsed in.
    public let environment: LiquidEnvironment
    /// Resolved templates by selection: the catalog does not change during a run, and resolving
    /// builds and looks up every candidate path.
    private let resolutions = Mutex<[TemplateSelection: ResolvedTemplate?]>([:])

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - templates: The indexed `templates/` directory.
    ///   - locales: The locale catalog.
    ///   - loader: Where template sources come from; usually a ``ProjectTemplateLoader``.
    ///   - limits: Resource limits for every render.
    public init(
        templates: TemplateCatalog, locales: LocaleCatalog, loader: any TemplateLoader,
        limits: ResourceLimits = ResourceLimits()
    ) {
        self.templates = templates
        self.locales = locales
        environment = LiquidEnvironment(
            options: LiquidOptions(strictVariables: true, strictFilters: true, mode: .strict, limits: limits),
            loader: loader, filters: LocaleFilters.make(catalog: locales))
    }

    /// Creates a renderer for a project: indexes `templates/` and loads from it.
    ///
    /// - Parameters:
    ///   - projectRoot: The directory that holds `templates/`.
    ///   - locales: The locale catalog.
    /// - Throws: `DiagnosticError` when `templates/` cannot be read.
    public convenience init(projectRoot: URL, locales: LocaleCatalog) throws(DiagnosticError) {
        let directory = projectRoot.appendingPathComponent("templates")
        let catalog = try TemplateCatalog.load(directory: directory, displayPrefix: "templates")
        self.init(
            templates: catalog, locales: locales, loader: ProjectTemplateLoader(root: directory, displayPrefix: "templates"))
    }

    /// Renders every part of a channel's message.
    ///
    /// - Parameters:
    ///   - stage: The stage folder id, such as `reminder-1`.
    ///   - channel: `email` (subject, HTML and an optional text part), `sms` or `letter`.
    ///   - segment: The customer's segment id, for segment overrides.
    ///   - locale: The message's locale tag (such as `nl-BE`): picks locale overrides and is the
    ///     `locale` register the filters read.
    ///   - data: The template data (`customer`, `invoices`, `totals`, …; see docs/templates.md).
    /// - Returns: The rendered parts with the template used for each.
    /// - Throws: `DiagnosticError` with every problem found: a missing template, and each
    ///   template's parse or render error at its file:line:column.
    public func render(
        stage: String, channel: String, segment: String?, locale: String, data: LiquidValue
    ) throws(DiagnosticError) -> RenderedMessage {
        let parts = TemplatePart.parts(forChannel: channel)
        guard !parts.isEmpty else {
            throw DiagnosticError(
                .error(
                    "template.unknown-channel", "unknown channel '\(channel)'",
                    help: Suggestion.didYouMean(channel, in: TemplatePart.channels)
                        ?? "channels are \(TemplatePart.channels.joined(separator: ", "))"))
        }
        let tag = LocaleTag(locale)
        let registers = Self.registers(data: data, locale: tag?.rawValue ?? locale)
        var rendered: [RenderedPart] = []
        var diagnostics: [Diagnostic] = []
        for part in parts {
            let selection = TemplateSelection(stage: stage, part: part, segment: segment, locale: tag)
            guard let template = resolve(selection) else {
                if !part.isOptional { diagnostics.append(missingTemplate(selection)) }
                continue
            }
            do {
                let utf8 = try render(template, data: data, registers: registers)
                rendered.append(RenderedPart(part: part, utf8: utf8, templatePath: template.path))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
        return RenderedMessage(channel: channel, parts: rendered)
    }

    private func resolve(_ selection: TemplateSelection) -> ResolvedTemplate? {
        if let known = resolutions.withLock({ $0[selection] }) { return known }
        let resolved = templates.resolve(selection)
        resolutions.withLock { $0[selection] = resolved }
        return resolved
    }

    /// Renders one resolved template.
    ///
    /// - Throws: `DiagnosticError` with the template's parse or render error.
    public func render(_ template: ResolvedTemplate, data: LiquidValue, locale: String) throws(DiagnosticError)
        -> String
    {
        let utf8 = try render(template, data: data, registers: Self.registers(data: data, locale: locale))
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Renders one resolved template with the registers of its message, worked out once per
    /// message, into UTF-8 bytes.
    private func render(_ template: ResolvedTemplate, data: LiquidValue, registers: [String: LiquidValue])
        throws(DiagnosticError) -> [UInt8]
    {
        var output: [UInt8] = []
        do {
            let liquid = try environment.template(
                named: template.name, outputContext: template.part.escapesXML ? .xml : .text)
            try liquid.render(data, registers: registers, into: &output)
        } catch let error as LiquidError {
            throw DiagnosticError(error.diagnostic)
        } catch {
            throw DiagnosticError(
                .error(
                    "template.unreadable", "cannot read '\(template.path)': \(FileProblem.describe(error))",
                    at: SourceLocation(file: template.path, line: 1), help: "check that the file exists and is readable"))
        }
        switch template.part {
        case .subject: return Array(Self.oneLine(String(decoding: output, as: UTF8.self)).utf8)
        case .sms:
            return Array(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        default: return output
        }
    }

    /// What a render knows besides its data: the locale, and `now` fixed to the run's day
    /// (`message.as_of`), so `{{ "now" | date: … }}` shows the day the run is for instead of
    /// reading the clock, and a rerun renders the same bytes.
    static func registers(data: LiquidValue, locale: String) -> [String: LiquidValue] {
        var registers: [String: LiquidValue] = ["locale": .string(locale)]
        if case .object(let root) = data, case .object(let message)? = root["message"],
            case .string(let asOf)? = message["as_of"]
        {
            registers["now"] = .string(asOf)
        }
        return registers
    }

    /// Parses every template file, as `herald validate` does, collecting every syntax error,
    /// unknown filter and misplaced file.
    public func validate() -> [Diagnostic] {
        var diagnostics = templates.warnings
        for name in templates.files.sorted() {
            let diskName = templates.diskNames[name] ?? name
            let isXML = diskName.hasSuffix(".xhtml.liquid") || diskName.hasSuffix(".xml.liquid")
            do {
                _ = try environment.template(named: diskName, outputContext: isXML ? .xml : .text)
            } catch let error as LiquidError {
                diagnostics.append(error.diagnostic)
            } catch {
                diagnostics.append(
                    .error(
                        "template.unreadable",
                        "cannot read '\(templates.path(of: diskName))': \(FileProblem.describe(error))",
                        at: SourceLocation(file: templates.path(of: diskName), line: 1), help: "check that the file is readable"))
            }
        }
        return diagnostics
    }

    /// A subject is one line: runs of whitespace that contain a line break become one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    private func missingTemplate(_ selection: TemplateSelection) -> Diagnostic {
        let looked = selection.candidates.map { templates.path(of: $0) }
        return .error(
            "template.missing", "no '\(selection.part.fileName)' template for stage '\(selection.stage)'",
            help: "add \(looked.last ?? selection.part.fileName) (looked for \(looked.joined(separator: ", ")))")
    }
}
