/// A template's source as a loader returns it.
public struct TemplateSource: Sendable, Hashable {
    /// The source text.
    public var text: String
    /// The name errors report, such as a path relative to the project root.
    public var displayName: String

    /// Creates a source.
    public init(text: String, displayName: String) {
        self.text = text
        self.displayName = displayName
    }
}

/// Finds template source by name, for `LiquidEnvironment.template(named:outputContext:)` and
/// for partials (`render`, `include`).
public protocol TemplateLoader: Sendable {
    /// The source of the template called `name`, or nil when there is none.
    /// - Throws: when the template exists but cannot be read.
    func source(named name: String) throws -> TemplateSource?
}

/// Templates held in memory, keyed by name.
public struct InMemoryLoader: TemplateLoader {
    /// The templates, by name.
    public var templates: [String: String]

    /// Creates a loader over `templates`.
    public init(_ templates: [String: String]) {
        self.templates = templates
    }

    /// The template called `name`, if any.
    public func source(named name: String) throws -> TemplateSource? {
        templates[name].map { TemplateSource(text: $0, displayName: name) }
    }
}
