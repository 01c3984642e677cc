extension TemplateParser {
    /// Skips a `comment` block, counting nested comments.
    func skipComment(_ opening: TemplateToken) throws {
        var nesting = 1
        while pos < tokens.count {
            let token = tokens[pos]
            pos += 1
            guard token.kind == .tag else { continue }
            if token.name == "comment" {
                nesting += 1
            } else if token.name == "endcomment" {
                nesting -= 1
                if nesting == 0 { return }
            }
        }
        throw source.error(
            LiquidErrorCode.unclosedTag, "'comment' tag was never closed", at: opening.nameStart, length: 7,
            help: "add '{% endcomment %}'")
    }

    /// Skips a `doc` block; `doc` takes no arguments.
    func skipDoc(_ opening: TemplateToken) throws {
        if opening.markupStart < opening.markupEnd {
            throw source.error(
                LiquidErrorCode.syntax, "'doc' takes no arguments", at: opening.markupStart,
                length: opening.markupEnd - opening.markupStart, help: "put the documentation between the tags")
        }
        while pos < tokens.count {
            let token = tokens[pos]
            pos += 1
            if token.kind == .tag, token.name == "enddoc" { return }
            if token.kind == .tag, token.name == "doc" {
                throw syntaxError("'doc' tags cannot be nested", token)
            }
        }
        throw source.error(
            LiquidErrorCode.unclosedTag, "'doc' tag was never closed", at: opening.nameStart, length: 3,
            help: "add '{% enddoc %}'")
    }

    /// Every line of a multi-line inline comment must start with `#`.
    func checkInlineComment(_ token: TemplateToken) throws {
        var index = token.markupStart
        var atLineStart = false
        while index < token.markupEnd {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                atLineStart = true
            } else if atLineStart, !isSpace(byte) {
                if byte != UInt8(ascii: "#") {
                    throw source.error(
                        LiquidErrorCode.syntax, "every line of an inline comment must start with '#'", at: index)
                }
                atLineStart = false
            }
            index += 1
        }
    }

    /// `{% liquid %}`: one tag per line, parsed into the enclosing body.
    func parseLiquidTag(_ token: TemplateToken) throws -> Body {
        var lineTokens: [TemplateToken] = []
        var lineStart = token.markupStart
        var index = token.markupStart
        func addLine(_ start: Int, _ end: Int) {
            var line = Tokenizer.splitTagName(bytes, start, end)
            guard !line.name.isEmpty || line.markupStart < line.markupEnd else { return }
            line.start = line.nameStart
            line.end = max(line.markupEnd, line.nameStart + line.name.utf8.count)
            line.inLiquidTag = true
            lineTokens.append(line)
        }
        while index < token.markupEnd {
            if bytes[index] == UInt8(ascii: "\n") {
                addLine(lineStart, index)
                lineStart = index + 1
            }
            index += 1
        }
        addLine(lineStart, token.markupEnd)
        let parser = TemplateParser(
            source: source, tokens: lineTokens, config: config, depth: depth, storage: storage)
        return try parser.parseBody(stopAt: [])
    }
}
