/// A tag the host adds to the language: `{% name argument %}` or, for block tags,
/// `{% name argument %}body{% endname %}`.
public protocol LiquidTag: Sendable {
    /// The name templates use.
    var name: String { get }
    /// Whether the tag has a body closed by `end<name>`.
    var isBlock: Bool { get }
    /// Renders the tag.
    /// - Parameters:
    ///   - argument: the evaluated expression after the tag name (filters allowed), or nil.
    ///   - body: the rendered body of a block tag.
    ///   - context: the render's registers.
    /// - Returns: text to output (escaped in XML templates).
    func render(argument: LiquidValue?, body: String?, context: FilterContext) throws -> String
}
