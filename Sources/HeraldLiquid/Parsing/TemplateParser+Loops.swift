extension TemplateParser {
    func parseFor(_ token: TemplateToken) throws -> (Node, Bool) {
        let isTablerow = token.name == "tablerow"
        var loop = try withExpressions(token) { parser throws(LocatedFailure) in
            let variable = try parser.expect(.identifier, "a loop variable name")
            guard parser.current.kind == .identifier, parser.current.text == "in" else {
                throw parser.failure("expected 'in' after the loop variable, found \(parser.describe(parser.current))")
            }
            _ = parser.advance()
            let collectionStart = parser.current.start
            let collection = try parser.parsePrimary()
            let collectionText = parser.text(collectionStart, parser.tokens[max(0, parser.pos - 1)].end)
            let collectionEndIndex = max(0, parser.pos - 1)
            var loop = ForLoop(
                variable: variable.text, collection: collection, name: "\(variable.text)-\(collectionText)",
                reversed: false, limit: nil, offset: nil, offsetContinue: false, cols: nil, body: [], elseBody: nil,
                offsetInSource: token.start)
            while !parser.isAtEnd {
                let word = parser.current
                if word.kind == .comma {
                    _ = parser.advance()
                    continue
                }
                if word.kind == .identifier, word.text == "reversed", !isTablerow, parser.peek().kind != .colon {
                    // Ruby honours `reversed` only right after the collection; later, strict
                    // mode rejects it and lax mode ignores it.
                    let directlyAfterCollection = parser.pos == collectionEndIndex + 1
                    if !directlyAfterCollection, parser.isStrict {
                        throw parser.failure("'reversed' must come right after the collection", word)
                    }
                    _ = parser.advance()
                    if directlyAfterCollection { loop.reversed = true }
                    continue
                }
                if word.kind == .identifier, parser.peek().kind == .colon {
                    _ = parser.advance()
                    _ = parser.advance()
                    switch word.text {
                    case "limit": loop.limit = try parser.parsePrimary()
                    case "offset":
                        if parser.current.kind == .identifier, parser.current.text == "continue" {
                            _ = parser.advance()
                            loop.offsetContinue = true
                        } else {
                            loop.offset = try parser.parsePrimary()
                        }
                    case "cols" where isTablerow: loop.cols = try parser.parsePrimary()
                    default:
                        if parser.isStrict { throw parser.failure("unknown loop argument '\(word.text)'", word) }
                        _ = try parser.parsePrimary()
                    }
                    continue
                }
                if parser.isStrict { throw parser.failure("unexpected \(parser.describe(word))") }
                _ = parser.advance()
            }
            return loop
        }
        let endName = isTablerow ? "endtablerow" : "endfor"
        let body = try parseBlock(token, stopAt: isTablerow ? [endName] : ["else", endName])
        loop.body = body.nodes
        var isBlank = body.isBlank
        if let stop = body.stop, stop.name == "else" {
            let elseBody = try parseBlock(token, stopAt: [endName])
            loop.elseBody = elseBody.nodes
            isBlank = isBlank && elseBody.isBlank
        }
        // Ruby counts a tablerow with a blank body as blank (its own markup notwithstanding),
        // but leaves the body's whitespace alone.
        if isTablerow { return (.tablerow(loop), isBlank) }
        if isBlank {
            loop.body = Self.stripBlankText(loop.body)
            loop.elseBody = loop.elseBody.map(Self.stripBlankText)
        }
        return (.forLoop(loop), isBlank)
    }

    /// `cycle [group:] a, b, c`. As in Ruby, an unnamed cycle is keyed by its values, so two
    /// tags listing the same values share a position however they are spaced or quoted; lax
    /// mode reads the first value of each comma-separated stretch and ignores the rest.
    func parseCycle(_ token: TemplateToken) throws -> Node {
        try withExpressions(token) { parser throws(LocatedFailure) in
            var group: Expression?
            var values: [Expression] = []
            var keys: [String] = []
            var valuesStart = parser.current.start
            while !parser.isAtEnd {
                let start = parser.current.start
                let value = try parser.parsePrimary()
                if group == nil, values.isEmpty, parser.current.kind == .colon {
                    _ = parser.advance()
                    group = value
                    valuesStart = parser.current.start
                    continue
                }
                values.append(value)
                if case .literal(.string(let text)) = value {
                    keys.append("\"\(text)\"")
                } else {
                    keys.append(parser.text(start, parser.tokens[max(0, parser.pos - 1)].end))
                }
                if !parser.isStrict {
                    while !parser.isAtEnd, parser.current.kind != .comma { _ = parser.advance() }
                }
                guard parser.current.kind == .comma else { break }
                _ = parser.advance()
            }
            try parser.expectEnd()
            if values.isEmpty { throw parser.failure("expected values to cycle through") }
            let key = group == nil ? keys.joined(separator: ", ") : parser.text(valuesStart, token.markupEnd)
            return .cycle(CycleTag(group: group, key: key, values: values))
        }
    }
}
