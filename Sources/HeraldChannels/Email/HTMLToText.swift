import HeraldDiagnostics

/// Derives the text/plain part of an email from its HTML when no text template exists.
///
/// - Block elements (`p`, `div`, headings, `table`, `tr`, lists, …) become line breaks;
///   paragraphs, headings, tables and lists are separated by one blank line; `<br/>` breaks.
/// - List items start with `- ` (`1. `, `2. ` in ordered lists), nested lists indent by two.
/// - A table row is one line; its non-empty cells are separated by ` | `.
/// - Links become `text (url)` unless the text is the URL; `#`, `cid:` and `javascript:`
///   targets are dropped.
/// - Character references are decoded; zero-width characters and soft hyphens removed;
///   runs of whitespace (NBSP included) collapse to one space.
/// - `head`, `style`, `script`, `title` and hidden elements (the preheader: `display:none`,
///   `mso-hide:all`, the `hidden` attribute or class `preheader`) are left out.
/// - Lines are wrapped at 76 characters; a longer word (a URL) stays whole on its own line.
public enum HTMLToText {
    /// The width plain-text lines are wrapped at.
    public static let lineWidth = 76

    private static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    private static let lineBlocks: Set<String> = [
        "div", "tr", "li", "dt", "dd", "address", "center", "header", "footer", "section", "article", "nav",
        "aside", "main", "caption", "form", "fieldset", "figure", "figcaption", "tbody", "thead", "tfoot",
    ]
    private static let paragraphBlocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote", "pre", "hr",
    ]
    private static let skipped: Set<String> = ["head", "style", "script", "title", "template", "noscript"]

    /// The plain text of `html`, lines joined with LF and ending in one LF.
    public static func convert(_ html: String) -> String {
        var writer = TextWriter()
        var stack: [(name: String, hides: Bool)] = []
        var hiddenDepth = 0
        var lists: [(ordered: Bool, count: Int)] = []
        var links: [(href: String, text: String)] = []
        for token in HTMLTokenizer.tokens(html) {
            switch token {
            case .text(let raw):
                guard hiddenDepth == 0 else { continue }
                let text = HTMLEntities.decode(raw)
                writer.append(text)
                if !links.isEmpty { links[links.count - 1].text += text }
            case .start(let name, let attributes, let selfClosing):
                let hides = hiddenDepth > 0 || skipped.contains(name) || isHidden(attributes)
                if !void.contains(name) && !selfClosing {
                    stack.append((name, hides))
                    if hides { hiddenDepth += 1 }
                }
                guard !hides else { continue }
                open(name, attributes, writer: &writer, lists: &lists, links: &links)
                if selfClosing { close(name, writer: &writer, lists: &lists, links: &links) }
            case .end(let name):
                guard let index = stack.lastIndex(where: { $0.name == name }) else { continue }
                for entry in stack[index...].reversed() {
                    if entry.hides {
                        hiddenDepth -= 1
                    } else {
                        close(entry.name, writer: &writer, lists: &lists, links: &links)
                    }
                }
                stack.removeSubrange(index...)
            }
        }
        return writer.finish(width: lineWidth)
    }

    private static func open(
        _ name: String, _ attributes: [String: String], writer: inout TextWriter,
        lists: inout [(ordered: Bool, count: Int)], links: inout [(href: String, text: String)]
    ) {
        switch name {
        case "br": writer.lineBreak(force: true)
        case "ul", "ol":
            writer.paragraph()
            lists.append((name == "ol", 0))
        case "li":
            writer.lineBreak()
            let indent = String(repeating: "  ", count: max(0, lists.count - 1))
            if let last = lists.indices.last, lists[last].ordered {
                lists[last].count += 1
                writer.startLine(prefix: indent + "\(lists[last].count). ")
            } else {
                writer.startLine(prefix: indent + "- ")
            }
        case "td", "th": writer.separateCell()
        case "a": links.append((attributes["href"] ?? "", ""))
        default:
            if paragraphBlocks.contains(name) { writer.paragraph() }
            if lineBlocks.contains(name) { writer.lineBreak() }
        }
    }

    private static func close(
        _ name: String, writer: inout TextWriter, lists: inout [(ordered: Bool, count: Int)],
        links: inout [(href: String, text: String)]
    ) {
        switch name {
        case "ul", "ol":
            if !lists.isEmpty { lists.removeLast() }
            writer.paragraph()
        case "a":
            guard let link = links.popLast() else { return }
            let href = link.href.trimmingWhitespace
            let text = HeaderField.sanitized(link.text)
            let lower = href.lowercased()
            let dropped = href.isEmpty || lower.hasPrefix("#") || lower.hasPrefix("cid:") || lower.hasPrefix("javascript:")
            if !dropped, !text.isEmpty, text != href, "mailto:" + text != href, !href.hasSuffix("//" + text) {
                writer.append(" (\(href))")
            }
        default:
            if paragraphBlocks.contains(name) { writer.paragraph() }
            if lineBlocks.contains(name) { writer.lineBreak() }
        }
    }

    /// Whether an element is hidden from readers (a preheader, `display:none`, `hidden`).
    private static func isHidden(_ attributes: [String: String]) -> Bool {
        if attributes["hidden"] != nil { return true }
        let style = (attributes["style"] ?? "").lowercased().filter { !$0.isWhitespace }
        if style.contains("display:none") || style.contains("mso-hide:all") || style.contains("visibility:hidden") {
            return true
        }
        let classes = (attributes["class"] ?? "").lowercased().split(separator: " ")
        return classes.contains { $0 == "preheader" }
    }
}
