extension TemplateParser {
    /// Parses one tag; returns the nodes it contributes and updates the body's blankness.
    func parseTag(_ token: TemplateToken, blank: inout Bool) throws -> [Node]? {
        switch token.name {
        case "assign":
            return [try parseAssign(token)]
        case "capture":
            return [try parseCapture(token)]
        case "if", "unless":
            let (node, isBlank) = try parseConditional(token)
            blank = blank && isBlank
            return [node]
        case "case":
            let (node, isBlank) = try parseCase(token)
            blank = blank && isBlank
            return [node]
        case "for", "tablerow":
            let (node, isBlank) = try parseFor(token)
            blank = blank && isBlank
            return [node]
        case "break":
            blank = false
            return [.breakLoop]
        case "continue":
            blank = false
            return [.continueLoop]
        case "echo":
            blank = false
            if token.markupStart == token.markupEnd { return [] }
            let expression = try withExpressions(token) { parser throws(LocatedFailure) in
                let expression = try parser.parseFilteredExpression()
                try parser.expectEnd()
                return expression
            }
            return [
                .output(
                    storage.keep(expression), escape: config.outputContext == .xml && !expression.isRawXML,
                    offset: token.start)
            ]
        case "cycle":
            blank = false
            return [try parseCycle(token)]
        case "increment", "decrement":
            blank = false
            let name = try withExpressions(token) { parser throws(LocatedFailure) in
                let name = try parser.expect(.identifier, "a counter name").text
                if parser.isStrict { try parser.expectEnd() }
                return name
            }
            return [.counter(name, increment: token.name == "increment")]
        case "ifchanged":
            let body = try parseBlock(token, stopAt: ["endifchanged"])
            blank = blank && body.isBlank
            return [.ifchanged(body.nodes)]
        case "include", "render":
            blank = false
            return [try parsePartial(token)]
        case "raw":
            if token.markupStart < token.markupEnd {
                throw source.error(
                    LiquidErrorCode.syntax, "'raw' takes no arguments", at: token.markupStart,
                    length: token.markupEnd - token.markupStart, help: "write {% raw %}…{% endraw %}")
            }
            if token.inLiquidTag {
                // Lines of a `liquid` tag are never `{% endraw %}`, so Ruby never finds the end.
                throw source.error(
                    LiquidErrorCode.unclosedTag, "'raw' tag was never closed", at: token.nameStart, length: 3,
                    help: "'raw' cannot be used inside a 'liquid' tag")
            }
            var nodes: [Node] = []
            if pos < tokens.count, tokens[pos].kind == .text {
                nodes.append(.text(storage.text(Array(bytes[tokens[pos].start..<tokens[pos].end]))))
                pos += 1
            }
            // As in Ruby, only an empty raw block is blank.
            if !nodes.isEmpty { blank = false }
            if pos < tokens.count, tokens[pos].name == "endraw" { pos += 1 }
            return nodes
        case "comment":
            try skipComment(token)
            return []
        case "doc":
            try skipDoc(token)
            return []
        case "#":
            try checkInlineComment(token)
            return []
        case "liquid":
            let body = try parseLiquidTag(token)
            blank = blank && body.isBlank
            return body.nodes
        default:
            if let tag = config.tags[token.name] {
                blank = false
                return [try parseCustom(token, tag)]
            }
            if Self.branchTags.contains(token.name) || token.name.hasPrefix("end") {
                throw source.error(
                    LiquidErrorCode.unexpectedTag, "unexpected tag '\(token.name)'", at: token.nameStart,
                    length: max(1, token.name.utf8.count),
                    help: "this tag closes or continues a block that is not open here")
            }
            let known = Self.builtinTags.union(config.tags.keys)
            throw source.error(
                LiquidErrorCode.unknownTag,
                token.name.isEmpty ? "missing tag name" : "unknown tag '\(token.name)'", at: token.nameStart,
                length: max(1, token.name.utf8.count),
                suggestion: token.name.isEmpty ? nil : Suggestions.closest(to: token.name, in: known))
        }
    }

    /// `assign name = value`. As in Ruby, the name is a run of word characters, hyphens, dots
    /// and brackets (`123`, `foo-bar` and even `a.b` are names); a trailing `?` is not allowed.
    func parseAssign(_ token: TemplateToken) throws -> Node {
        var nameEnd = token.markupStart
        while nameEnd < token.markupEnd {
            let byte = bytes[nameEnd]
            guard isWordByte(byte) || byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            else { break }
            nameEnd += 1
        }
        var equals = nameEnd
        while equals < token.markupEnd, isSpace(bytes[equals]) { equals += 1 }
        guard nameEnd > token.markupStart, equals < token.markupEnd, bytes[equals] == UInt8(ascii: "=") else {
            throw source.error(
                LiquidErrorCode.syntax, "expected 'assign name = value'", at: token.markupStart,
                length: max(1, nameEnd - token.markupStart),
                help: "names use letters, digits, '_' and '-', as in {% assign total = invoice.amount %}")
        }
        let name = String(decoding: bytes[token.markupStart..<nameEnd], as: UTF8.self)
        var valueToken = token
        valueToken.markupStart = equals + 1
        return try withExpressions(valueToken) { parser throws(LocatedFailure) in
            let value = try parser.parseFilteredExpression()
            try parser.expectEnd()
            return .assign(storage.keep(AssignTag(name: name, expression: value, offset: token.start)))
        }
    }

    /// `capture name`; the name may be quoted and, as in Ruby, may be all digits.
    func parseCapture(_ token: TemplateToken) throws -> Node {
        var start = token.markupStart
        let quote = start < token.markupEnd && (bytes[start] == UInt8(ascii: "'") || bytes[start] == UInt8(ascii: "\""))
        if quote { start += 1 }
        let end = variableNameEnd(from: start, to: token.markupEnd)
        var rest = end
        if quote, rest < token.markupEnd, bytes[rest] == bytes[token.markupStart] { rest += 1 }
        guard end > start, config.options.mode == .lax || rest == token.markupEnd else {
            throw source.error(
                LiquidErrorCode.syntax, "expected a variable name after 'capture'", at: token.markupStart,
                length: max(1, token.markupEnd - token.markupStart),
                help: "write {% capture name %}…{% endcapture %}")
        }
        let name = String(decoding: bytes[start..<end], as: UTF8.self)
        let body = try parseBlock(token, stopAt: ["endcapture"])
        return .capture(name, body.nodes, offset: token.start)
    }

    /// One past the last byte of the name starting at `start`: word bytes, `-` and non-ASCII.
    func variableNameEnd(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: "-") || bytes[index] >= 0x80 {
            index += 1
        }
        return index
    }

    func parseCondition(_ token: TemplateToken) throws -> Condition {
        try withExpressions(token) { parser throws(LocatedFailure) in
            let condition = try parser.parseCondition()
            try parser.expectEnd()
            return condition
        }
    }

    func parseConditional(_ token: TemplateToken) throws -> (Node, Bool) {
        let endName = token.name == "if" ? "endif" : "endunless"
        var branches: [ConditionalBranch] = []
        var condition: Condition? = try parseCondition(token)
        var negate = token.name == "unless"
        var isBlank = true
        var opening = token
        while true {
            let body = try parseBlock(opening, stopAt: ["elsif", "else", endName])
            isBlank = isBlank && body.isBlank
            branches.append(ConditionalBranch(condition: condition, negate: negate, body: body.nodes))
            guard let stop = body.stop, stop.name != endName else { break }
            negate = false
            if stop.name == "elsif" {
                condition = try parseCondition(stop)
            } else {
                condition = nil
            }
            opening = TemplateToken(
                kind: .tag, start: token.start, end: token.end, markupStart: token.markupStart,
                markupEnd: token.markupEnd, name: token.name, nameStart: token.nameStart, trimLeft: false,
                trimRight: false, inLiquidTag: token.inLiquidTag)
        }
        if isBlank {
            for i in branches.indices { branches[i].body = Self.stripBlankText(branches[i].body) }
        }
        return (.conditional(storage.keep(ConditionalTag(branches: branches))), isBlank)
    }

    func parseCase(_ token: TemplateToken) throws -> (Node, Bool) {
        let subject = try withExpressions(token) { parser throws(LocatedFailure) in
            let subject = try parser.parsePrimary()
            if parser.isStrict { try parser.expectEnd() }
            return subject
        }
        // Text before the first `when` is ignored.
        var body = try parseBlock(token, stopAt: ["when", "else", "endcase"])
        var branches: [CaseBranch] = []
        var isBlank = true
        while let stop = body.stop, stop.name != "endcase" {
            var values: [Expression]?
            if stop.name == "when" {
                values = try withExpressions(stop) { parser throws(LocatedFailure) in
                    var values: [Expression] = [try parser.parsePrimary()]
                    while parser.current.kind == .comma
                        || (parser.current.kind == .identifier && parser.current.text == "or")
                    {
                        _ = parser.advance()
                        values.append(try parser.parsePrimary())
                    }
                    // Ruby's lax `when` reads values joined by `or` or commas and ignores the rest.
                    if parser.isStrict { try parser.expectEnd() }
                    return values
                }
            }
            body = try parseBlock(token, stopAt: ["when", "else", "endcase"])
            isBlank = isBlank && body.isBlank
            branches.append(CaseBranch(values: values, body: body.nodes))
        }
        if isBlank {
            for i in branches.indices { branches[i].body = Self.stripBlankText(branches[i].body) }
        }
        return (.caseTag(subject, branches), isBlank)
    }
}
