/// The XHTML document types Herald validates, each named by the public identifier in the
/// document's `<!DOCTYPE>` and resolved offline through the system XML catalog.
public enum XHTMLFlavor: String, Sendable, Hashable, CaseIterable, Codable {
    /// XHTML 1.0 Strict (print letters).
    case strict
    /// XHTML 1.0 Transitional (HTML email).
    case transitional
    /// XHTML 1.1.
    case xhtml11

    /// The DOCTYPE public identifier, such as `-//W3C//DTD XHTML 1.0 Strict//EN`.
    public var publicIdentifier: String {
        switch self {
        case .strict: "-//W3C//DTD XHTML 1.0 Strict//EN"
        case .transitional: "-//W3C//DTD XHTML 1.0 Transitional//EN"
        case .xhtml11: "-//W3C//DTD XHTML 1.1//EN"
        }
    }

    /// The canonical system identifier that goes with ``publicIdentifier``.
    public var systemIdentifier: String {
        switch self {
        case .strict: "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"
        case .transitional: "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"
        case .xhtml11: "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd"
        }
    }

    /// A name for people, such as `XHTML 1.0 Strict`.
    public var displayName: String {
        switch self {
        case .strict: "XHTML 1.0 Strict"
        case .transitional: "XHTML 1.0 Transitional"
        case .xhtml11: "XHTML 1.1"
        }
    }

    /// The complete DOCTYPE line to put at the top of a document of this flavor.
    public var doctypeDeclaration: String {
        "<!DOCTYPE html PUBLIC \"\(publicIdentifier)\" \"\(systemIdentifier)\">"
    }

    /// The flavor a DOCTYPE public identifier names, or `nil` for any other identifier.
    public init?(publicIdentifier: String) {
        guard let flavor = Self.allCases.first(where: { $0.publicIdentifier == publicIdentifier }) else {
            return nil
        }
        self = flavor
    }
}
