import HeraldLocale

/// What a message needs a template for: stage, part, segment and the customer's locale.
public struct TemplateSelection: Sendable, Hashable {
    /// The stage folder id, such as `reminder-1`.
    public var stage: String
    /// The part, such as `.emailHTML`.
    public var part: TemplatePart
    /// The customer's segment id, such as `reliable`, when there is one.
    public var segment: String?
    /// The message's locale, such as `nl-BE`.
    public var locale: LocaleTag?

    /// Creates a selection.
    public init(stage: String, part: TemplatePart, segment: String? = nil, locale: LocaleTag? = nil) {
        self.stage = stage
        self.part = part
        self.segment = segment
        self.locale = locale
    }

    /// The files that could serve this selection, most specific first, relative to `templates/`:
    /// segment + locale (following the locale's chain `nl-BE` → `nl`), segment, locale, generic.
    public var candidates: [String] {
        let locales = locale?.truncations.map(\.rawValue) ?? []
        var paths: [String] = []
        if let segment {
            paths += locales.map { "\(stage)/segments/\(segment)/\($0)/\(part.fileName)" }
            paths.append("\(stage)/segments/\(segment)/\(part.fileName)")
        }
        paths += locales.map { "\(stage)/\($0)/\(part.fileName)" }
        paths.append("\(stage)/\(part.fileName)")
        return paths
    }
}

/// The file chosen for a ``TemplateSelection``.
public struct ResolvedTemplate: Sendable, Hashable {
    /// The part it renders.
    public var part: TemplatePart
    /// The path relative to `templates/`, as the loader names it: `reminder-1/nl/email.xhtml.liquid`.
    public var name: String
    /// The path relative to the project root, as diagnostics and messages record it:
    /// `templates/reminder-1/nl/email.xhtml.liquid`.
    public var path: String
}
