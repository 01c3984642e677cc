/// What the parsers need from the environment.
struct ParserConfig: Sendable {
    var filters: [String: FilterFunction]
    var tags: [String: any LiquidTag]
    var options: LiquidOptions
    var outputContext: OutputContext
}

/// Recursive-descent parser for expression markup: literals, paths, ranges, filter chains
/// and conditions.
struct ExpressionParser {
    var tokens: [ExpressionToken]
    var pos = 0
    /// How deeply brackets and ranges nest right now; capped so hostile markup cannot
    /// exhaust the stack.
    var depth = 0
    static let maxDepth = 64
    let bytes: [UInt8]
    let config: ParserConfig

    init(_ bytes: [UInt8], _ start: Int, _ end: Int, config: ParserConfig) throws(LocatedFailure) {
        self.bytes = bytes
        self.config = config
        self.tokens = try ExpressionLexer.tokenize(bytes, start, end)
    }

    var current: ExpressionToken { tokens[pos] }
    var isAtEnd: Bool { tokens[pos].kind == .end }
    var isStrict: Bool { config.options.mode == .strict }

    func peek(_ ahead: Int = 1) -> ExpressionToken { tokens[min(pos + ahead, tokens.count - 1)] }

    mutating func advance() -> ExpressionToken {
        let token = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return token
    }

    func failure(_ message: String, _ token: ExpressionToken? = nil) -> LocatedFailure {
        let token = token ?? current
        return LocatedFailure(LiquidErrorCode.syntax, message, at: token.start, length: max(1, token.end - token.start))
    }

    func describe(_ token: ExpressionToken) -> String {
        token.kind == .end ? "end of markup" : "'\(String(decoding: bytes[token.start..<token.end], as: UTF8.self))'"
    }

    mutating func expect(_ kind: ExpressionToken.Kind, _ what: String) throws(LocatedFailure) -> ExpressionToken {
        guard current.kind == kind else { throw failure("expected \(what), found \(describe(current))") }
        return advance()
    }

    mutating func expectEnd() throws(LocatedFailure) {
        if !isAtEnd { throw failure("unexpected \(describe(current))") }
    }

    func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }

    // MARK: Primaries

    mutating func parsePrimary() throws(LocatedFailure) -> Expression {
        let token = current
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            throw LocatedFailure(
                LiquidErrorCode.limitExceeded, "expression nests deeper than \(Self.maxDepth) levels", at: token.start,
                help: "simplify the expression, or assign parts of it first")
        }
        switch token.kind {
        case .string:
            _ = advance()
            return .literal(.string(token.text))
        case .integer:
            _ = advance()
            if let value = Int(token.text) { return .literal(.integer(value)) }
            return .literal(.double(Double(token.text) ?? 0))
        case .float:
            _ = advance()
            return .literal(.double(Double(token.text) ?? 0))
        case .leftParen:
            _ = advance()
            let lower = try parsePrimary()
            _ = try expect(.dotDot, "'..' in range")
            let upper = try parsePrimary()
            _ = try expect(.rightParen, "')' to close range")
            if case .literal(let low) = lower, case .literal(let high) = upper {
                // Ruby converts two literal bounds with `to_i` while parsing: floats truncate.
                return .range(
                    .literal(.integer(try literalBound(low, token))), .literal(.integer(try literalBound(high, token))),
                    offset: token.start)
            }
            return .range(lower, upper, offset: token.start)
        case .identifier:
            switch token.text {
            case "true": _ = advance(); return .literal(true)
            case "false": _ = advance(); return .literal(false)
            case "nil", "null": _ = advance(); return .literal(.nil)
            case "empty": _ = advance(); return .empty
            case "blank": _ = advance(); return .blank
            default:
                if isStrict, let first = token.text.utf8.first, isDigit(first) {
                    throw failure("expected a value, found '\(token.text)'", token)
                }
                _ = advance()
                return .variable(try parsePath(root: .name(token.text), start: token.start))
            }
        case .leftBracket:
            _ = advance()
            let inner = try parsePrimary()
            _ = try expect(.rightBracket, "']'")
            return .variable(try parsePath(root: .expression(inner), start: token.start))
        default:
            throw failure("expected a value, found \(describe(token))")
        }
    }

    /// Ruby's `to_i` of a literal range bound; `true`, `false` and the like have none.
    func literalBound(_ value: LiquidValue, _ token: ExpressionToken) throws(LocatedFailure) -> Int {
        switch value {
        case .integer(let number): return number
        case .double(let number) where number.isFinite && abs(number) < 9.2e18: return Int(number)
        case .string(let text): return FilterNumber.stringToInteger(text)
        case .nil: return 0
        default: throw failure("invalid range bound \(Ruby.describe(value)): expected an integer", token)
        }
    }

    mutating func parsePath(root: PathRoot, start: Int) throws(LocatedFailure) -> VariablePath {
        var segments: [PathSegment] = []
        var end = tokens[max(0, pos - 1)].end
        while true {
            if current.kind == .dot {
                _ = advance()
                let name = current
                switch name.kind {
                case .identifier:
                    segments.append(.key(name.text))
                case .integer where !isStrict, .float where !isStrict:
                    // Ruby's lax parser reads `.0` as the hash key "0" (an array has none); strict
                    // mode rejects it: use `[0]` to index an array.
                    for part in name.text.split(separator: ".") { segments.append(.key(String(part))) }
                default:
                    throw LocatedFailure(
                        LiquidErrorCode.syntax, "expected a property name after '.', found \(describe(name))",
                        at: name.start, length: max(1, name.end - name.start),
                        help: name.kind == .integer ? "index arrays with brackets, as in items[\(name.text)]" : nil)
                }
                _ = advance()
                end = name.end
            } else if current.kind == .leftBracket {
                _ = advance()
                let index = try parsePrimary()
                end = try expect(.rightBracket, "']'").end
                segments.append(.index(index))
            } else {
                break
            }
        }
        return VariablePath(root: root, segments: segments, start: start, end: end, text: text(start, end))
    }

    // MARK: Filters

    mutating func parseFilteredExpression() throws(LocatedFailure) -> FilteredExpression {
        // `{{ }}` and `{% assign x = %}` are nil in Ruby, in lax and strict mode alike.
        if isAtEnd { return FilteredExpression(expression: .literal(.nil), filters: [], isRawXML: false) }
        let expression = try parsePrimary()
        var filters: [FilterCall] = []
        var isRawXML = false
        if !isStrict {
            // Ruby's lax parser reads the first value and ignores anything before the first filter.
            while !isAtEnd, current.kind != .pipe { _ = advance() }
        }
        while current.kind == .pipe {
            _ = advance()
            let nameToken = try expect(.identifier, "a filter name after '|'")
            if nameToken.text == "raw_xml" {
                isRawXML = true
                continue
            }
            isRawXML = false
            var call = FilterCall(
                name: nameToken.text, function: nil, positional: [], keyword: [], start: nameToken.start,
                length: nameToken.end - nameToken.start)
            call.function = config.filters[nameToken.text]
            if call.function == nil, config.options.strictFilters {
                throw LocatedFailure(
                    LiquidErrorCode.unknownFilter, "unknown filter '\(nameToken.text)'", at: nameToken.start,
                    length: call.length,
                    suggestion: Suggestions.closest(to: nameToken.text, in: config.filters.keys + ["raw_xml"]),
                    help: "use one of the standard filters or a filter the host registers")
            }
            if current.kind == .colon {
                _ = advance()
                try parseArguments(into: &call)
            }
            filters.append(call)
            if !isStrict {
                while !isAtEnd, current.kind != .pipe { _ = advance() }
            }
        }
        if let last = filters.last, last.function != nil, ["escape", "escape_once", "h"].contains(last.name) {
            // Already escaped by the author: XML templates must not escape it a second time.
            isRawXML = true
        }
        return FilteredExpression(expression: expression, filters: filters, isRawXML: isRawXML)
    }

    mutating func parseArguments(into call: inout FilterCall) throws(LocatedFailure) {
        while true {
            if current.kind == .identifier, peek().kind == .colon {
                let key = advance().text
                _ = advance()
                call.keyword.append((key, try parsePrimary()))
            } else {
                call.positional.append(try parsePrimary())
            }
            guard current.kind == .comma else { return }
            _ = advance()
            // Ruby's lax parser ignores a trailing comma.
            if !isStrict, isAtEnd || current.kind == .pipe { return }
        }
    }

    // MARK: Conditions

    mutating func parseCondition() throws(LocatedFailure) -> Condition {
        var comparisons: [Condition.Comparison] = []
        var joiners: [Bool] = []
        while true {
            let offset = current.start
            let left = try parsePrimary()
            var op: Condition.Operator?
            var right: Expression?
            if current.kind == .comparison || (current.kind == .identifier && current.text == "contains") {
                let opToken = advance()
                guard let known = Condition.Operator(rawValue: opToken.text) else {
                    throw failure("unknown operator '\(opToken.text)'", opToken)
                }
                op = known
                right = try parsePrimary()
                if !isStrict { skipLaxJunk() }
            } else if current.kind == .unknown || current.kind == .assign {
                throw failure("unknown operator \(describe(current))")
            } else if current.kind == .identifier, current.text != "and", current.text != "or" {
                // Ruby reads a word after a value as an operator it does not know.
                throw failure("unknown operator '\(current.text)'")
            } else if !isStrict {
                skipLaxJunk()
            }
            comparisons.append(Condition.Comparison(left: left, op: op, right: right, offset: offset))
            if current.kind == .identifier, current.text == "and" || current.text == "or" {
                joiners.append(advance().text == "and")
                continue
            }
            break
        }
        return Condition(comparisons: comparisons, joiners: joiners)
    }

    /// Ruby's lax `if` reads one comparison from each stretch between `and`/`or` and ignores
    /// whatever follows it.
    mutating func skipLaxJunk() {
        while !isAtEnd, !(current.kind == .identifier && (current.text == "and" || current.text == "or")) {
            _ = advance()
        }
    }
}
