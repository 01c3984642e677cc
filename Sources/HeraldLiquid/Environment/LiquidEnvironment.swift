/// Parses and caches templates with one set of options, filters, tags and loader.
///
/// An environment is immutable and thread-safe; templates it returns render concurrently.
///
/// ```swift
/// let environment = LiquidEnvironment(
///     options: LiquidOptions(strictVariables: true, strictFilters: true),
///     loader: DirectoryLoader(root: templatesURL))
/// let template = try environment.template(named: "reminder-1/email.xhtml", outputContext: .xml)
/// let html = try template.render(["customer": ["given_name": "Ada"]])
/// ```
public final class LiquidEnvironment: Sendable {
    let core: EnvironmentCore

    /// The options every template of this environment uses.
    public var options: LiquidOptions { core.options }

    /// Creates an environment.
    /// - Parameters:
    ///   - options: strictness, parse mode and resource limits.
    ///   - loader: where `template(named:)`, `render` and `include` find templates.
    ///   - filters: host filters, added to (and overriding) the standard ones.
    ///   - tags: host tags.
    public init(
        options: LiquidOptions = .init(), loader: (any TemplateLoader)? = nil,
        filters: [String: LiquidFilter] = [:], tags: [any LiquidTag] = []
    ) {
        let allFilters = StandardFilters.functions.merging(filters.mapValues(FilterFunction.init)) { _, host in host }
        let allTags = Dictionary(tags.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        core = EnvironmentCore(options: options, loader: loader, filters: allFilters, tags: allTags)
    }

    /// Every filter name templates of this environment can use, sorted.
    public var filterNames: [String] { (Array(core.filters.keys) + ["raw_xml"]).sorted() }

    /// Parses template source.
    /// - Parameters:
    ///   - source: the template text.
    ///   - name: the name errors report.
    ///   - outputContext: `.xml` escapes every output for XML.
    /// - Throws: `LiquidError` for malformed templates (and unknown filters with strict filters).
    public func parse(_ source: String, name: String = "<string>", outputContext: OutputContext = .text) throws
        -> LiquidTemplate
    {
        LiquidTemplate(parsed: try core.parse(source, name: name, outputContext: outputContext), core: core)
    }

    /// The template called `name` from the loader, parsed once and cached.
    /// - Throws: `LiquidError` (`liquid.template-not-found` when the loader has no such template).
    public func template(named name: String, outputContext: OutputContext) throws -> LiquidTemplate {
        do {
            return LiquidTemplate(parsed: try core.require(name, outputContext: outputContext), core: core)
        } catch let unavailable as TemplateUnavailable {
            throw LiquidError(
                code: LiquidErrorCode.templateNotFound, message: unavailable.message, templateName: name, line: 1,
                column: 1, help: unavailable.help)
        }
    }

    /// Parses a standalone condition such as `history.late_payments_12m >= 3`, with the same
    /// operators as `{% if %}`.
    /// - Throws: `LiquidError` when the condition is malformed.
    public func parseCondition(_ source: String, name: String) throws -> LiquidCondition {
        let file = SourceFile(name: name, text: source)
        let condition: Condition
        do {
            var parser = try ExpressionParser(file.bytes, 0, file.bytes.count, config: core.config(.text))
            condition = try parser.parseCondition()
            try parser.expectEnd()
        } catch {
            throw file.error(
                error.code, error.message, at: error.offset, length: error.length, suggestion: error.suggestion,
                help: error.help)
        }
        return LiquidCondition(condition: condition, source: file, core: core)
    }

    /// Forgets every cached template, so the next request reads the loader again.
    public func clearCache() {
        core.clearCache()
    }
}
