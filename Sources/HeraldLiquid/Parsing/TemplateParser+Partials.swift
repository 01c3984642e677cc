extension TemplateParser {
    func parsePartial(_ token: TemplateToken) throws -> Node {
        let isRender = token.name == "render"
        let partial: PartialTag = try withExpressions(token) { parser throws(LocatedFailure) in
            let nameToken = parser.current
            let name = try parser.parsePrimary()
            if isRender, nameToken.kind != .string {
                throw parser.failure("expected the template name as a quoted string", nameToken)
            }
            var partial = PartialTag(
                name: name, binding: nil, isFor: false, alias: nil, arguments: [], offset: token.start,
                length: token.end - token.start)
            if parser.current.kind == .identifier, parser.current.text == "with" || parser.current.text == "for",
                parser.peek().kind != .colon
            {
                let isFor = parser.advance().text == "for"
                if parser.current.kind == .identifier, parser.peek().kind == .colon {
                    // `with name: value, …` binds nothing: the keyword arguments start right away.
                } else {
                    partial.isFor = isFor
                    partial.binding = try parser.parsePrimary()
                }
            }
            if parser.current.kind == .identifier, parser.current.text == "as", parser.peek().kind != .colon {
                _ = parser.advance()
                partial.alias = try parser.expect(.identifier, "a name after 'as'").text
            }
            while !parser.isAtEnd {
                if parser.current.kind == .comma {
                    _ = parser.advance()
                    continue
                }
                let key = try parser.expect(.identifier, "a keyword argument")
                _ = try parser.expect(.colon, "':' after '\(key.text)'")
                partial.arguments.append((key.text, try parser.parsePrimary()))
            }
            if let alias = partial.alias {
                partial.variableName = alias
            } else if case .literal(.string(let literal)) = name {
                partial.variableName = RenderContext.partialVariableName(literal)
            }
            return partial
        }
        return isRender ? .render(partial) : .include(partial)
    }

    func parseCustom(_ token: TemplateToken, _ tag: any LiquidTag) throws -> Node {
        var arguments: FilteredExpression?
        if token.markupStart < token.markupEnd {
            arguments = try withExpressions(token) { parser throws(LocatedFailure) in
                let value = try parser.parseFilteredExpression()
                try parser.expectEnd()
                return value
            }
        }
        var body: [Node]?
        if tag.isBlock { body = try parseBlock(token, stopAt: ["end\(tag.name)"]).nodes }
        return .custom(
            CustomTagNode(tag: tag, arguments: arguments, body: body, offset: token.nameStart))
    }
}
