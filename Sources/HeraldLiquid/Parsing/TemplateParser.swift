/// Parses a token stream into nodes. Block tags recurse through `parseBody`; nesting is
/// capped by `ResourceLimits.maxNestingDepth`, so deeply nested input fails cleanly.
final class TemplateParser {
    /// A parsed block body and the tag that ended it.
    struct Body {
        var nodes: [Node]
        var isBlank: Bool
        var stop: TemplateToken?
    }

    static let builtinTags: Set<String> = [
        "assign", "capture", "case", "comment", "cycle", "decrement", "doc", "echo", "for", "break", "continue",
        "if", "ifchanged", "include", "increment", "liquid", "raw", "render", "tablerow", "unless", "#",
    ]
    static let branchTags: Set<String> = [
        "else", "elsif", "when", "endif", "endunless", "endcase", "endfor", "endtablerow", "endcapture",
        "endcomment", "endraw", "enddoc", "endifchanged",
    ]

    let source: SourceFile
    let bytes: [UInt8]
    let config: ParserConfig
    var tokens: [TemplateToken]
    var pos = 0
    var depth: Int
    /// Owns what text and output nodes point to; shared with nested parsers and, once parsed,
    /// held by the `ParsedTemplate`.
    let storage: NodeStorage
    /// Tags disabled here (`include` inside `render`) are found at render time instead.
    init(
        source: SourceFile, tokens: [TemplateToken], config: ParserConfig, depth: Int = 0,
        storage: NodeStorage = NodeStorage()
    ) {
        self.source = source
        self.bytes = source.bytes
        self.tokens = tokens
        self.config = config
        self.depth = depth
        self.storage = storage
    }

    func error(_ failure: LocatedFailure) -> LiquidError {
        source.error(
            failure.code, failure.message, at: failure.offset, length: failure.length,
            suggestion: failure.suggestion, help: failure.help)
    }

    func syntaxError(_ message: String, _ token: TemplateToken, help: String? = nil) -> LiquidError {
        source.error(LiquidErrorCode.syntax, message, at: token.start, length: token.end - token.start, help: help)
    }

    func expressions(_ token: TemplateToken) throws -> ExpressionParser {
        do {
            return try ExpressionParser(bytes, token.markupStart, token.markupEnd, config: config)
        } catch {
            throw self.error(error)
        }
    }

    /// Runs `body` with an expression parser over the token's markup, mapping failures.
    func withExpressions<T>(
        _ token: TemplateToken, _ body: (inout ExpressionParser) throws(LocatedFailure) -> T
    ) throws -> T {
        var parser = try expressions(token)
        do {
            return try body(&parser)
        } catch {
            throw self.error(error)
        }
    }

    func parseDocument() throws -> [Node] {
        let body = try parseBody(stopAt: [])
        return body.nodes
    }

    /// Parses nodes until a tag named in `stopAt` (returned in `stop`) or the end of input.
    func parseBody(stopAt: Set<String>) throws -> Body {
        var nodes: [Node] = []
        var isBlank = true
        while pos < tokens.count {
            let token = tokens[pos]
            pos += 1
            switch token.kind {
            case .text:
                let slice = Array(bytes[token.start..<token.end])
                if isBlank, !slice.allSatisfy(isSpace) { isBlank = false }
                nodes.append(.text(storage.text(config.outputContext == .xml ? XMLEscaping.sanitizeText(slice) : slice)))
            case .output:
                let expression = try withExpressions(token) { parser throws(LocatedFailure) in
                    let expression = try parser.parseFilteredExpression()
                    try parser.expectEnd()
                    return expression
                }
                let escape = config.outputContext == .xml && !expression.isRawXML
                if case .text(let run) = nodes.last, let offset = Int32(exactly: token.start) {
                    nodes[nodes.count - 1] = .textOutput(run, storage.keep(expression), escape: escape, offset: offset)
                } else {
                    nodes.append(.output(storage.keep(expression), escape: escape, offset: token.start))
                }
                isBlank = false
            case .tag:
                if stopAt.contains(token.name) { return Body(nodes: nodes, isBlank: isBlank, stop: token) }
                if let node = try parseTag(token, blank: &isBlank) { nodes.append(contentsOf: node) }
            }
        }
        return Body(nodes: nodes, isBlank: isBlank, stop: nil)
    }

    /// Parses a block's body, enforcing the nesting cap, and fails if it is never closed.
    func parseBlock(_ opening: TemplateToken, stopAt: Set<String>) throws -> Body {
        depth += 1
        defer { depth -= 1 }
        if depth > config.options.limits.maxNestingDepth {
            throw source.error(
                LiquidErrorCode.limitExceeded,
                "blocks nest deeper than \(config.options.limits.maxNestingDepth) levels", at: opening.start,
                length: opening.end - opening.start, help: "simplify the template or raise maxNestingDepth")
        }
        let body = try parseBody(stopAt: stopAt)
        guard body.stop != nil else {
            let closer = stopAt.first(where: { $0.hasPrefix("end") }) ?? "end\(opening.name)"
            throw source.error(
                LiquidErrorCode.unclosedTag, "'\(opening.name)' tag was never closed", at: opening.nameStart,
                length: opening.name.utf8.count, help: "add '{% \(closer) %}'")
        }
        return body
    }

    /// Removes whitespace-only text from the bodies of a tag whose bodies are all blank.
    static func stripBlankText(_ nodes: [Node]) -> [Node] {
        nodes.filter {
            if case .text(let run) = $0 { return !run.bytes.allSatisfy(isSpace) }
            return true
        }
    }
}
