/// A top-level piece of template source: text, `{{ output }}` or `{% tag %}`.
/// All positions are UTF-8 byte offsets into the template source.
struct TemplateToken: Sendable {
    enum Kind: Sendable { case text, output, tag }

    var kind: Kind
    /// Where the token starts (its `{{` / `{%`, or the text's first byte).
    var start: Int
    /// One past the token's last byte.
    var end: Int
    /// The markup inside the delimiters (for tags: after the name), without `-` markers.
    var markupStart: Int
    var markupEnd: Int
    /// For tags: the tag name (`#` for inline comments).
    var name: String
    /// Where the tag name starts.
    var nameStart: Int
    /// `{%-` / `{{-` and `-%}` / `-}}`.
    var trimLeft: Bool
    var trimRight: Bool
    /// True for tags that came from the lines of a `{% liquid %}` tag.
    var inLiquidTag: Bool

    static func text(_ start: Int, _ end: Int) -> TemplateToken {
        TemplateToken(
            kind: .text, start: start, end: end, markupStart: start, markupEnd: end, name: "", nameStart: start,
            trimLeft: false, trimRight: false, inLiquidTag: false)
    }
}
