/// Splits template source into text, output and tag tokens, and applies whitespace control
/// (`{%-`, `-%}`, `{{-`, `-}}`) to the neighbouring text while doing so.
struct Tokenizer {
    let bytes: [UInt8]
    let source: SourceFile

    init(source: SourceFile) {
        self.source = source
        self.bytes = source.bytes
    }

    func tokenize() throws -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var index = 0
        var textStart = 0
        let count = bytes.count
        while index + 1 < count {
            guard bytes[index] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "{") {
                if textStart < index { tokens.append(.text(textStart, index)) }
                let token = try scanOutput(at: index)
                tokens.append(token)
                index = token.end
                textStart = index
            } else if next == UInt8(ascii: "%") {
                if textStart < index { tokens.append(.text(textStart, index)) }
                let token = try scanTag(at: index)
                tokens.append(token)
                index = token.end
                textStart = index
                if token.name == "raw" || token.name == "doc" {
                    let (body, endTag) = try scanVerbatimBody(from: index, opening: token)
                    if body.start < body.end { tokens.append(body) }
                    tokens.append(endTag)
                    index = endTag.end
                    textStart = index
                }
            } else {
                index += 1
            }
        }
        if textStart < count { tokens.append(.text(textStart, count)) }
        applyWhitespaceControl(&tokens)
        return tokens
    }

    private func applyWhitespaceControl(_ tokens: inout [TemplateToken]) {
        for i in tokens.indices where tokens[i].kind != .text {
            // As in Ruby, a `raw` body is kept exactly: the dashes of `{% raw -%}` and
            // `{%- endraw %}` trim nothing inside it.
            let opensRaw = tokens[i].kind == .tag && tokens[i].name == "raw"
            let closesRaw = tokens[i].kind == .tag && tokens[i].name == "endraw"
            if tokens[i].trimLeft, i > 0, tokens[i - 1].kind == .text, !closesRaw {
                while tokens[i - 1].end > tokens[i - 1].start, isSpace(bytes[tokens[i - 1].end - 1]) {
                    tokens[i - 1].end -= 1
                }
            }
            if tokens[i].trimRight, i + 1 < tokens.count, tokens[i + 1].kind == .text, !opensRaw {
                while tokens[i + 1].start < tokens[i + 1].end, isSpace(bytes[tokens[i + 1].start]) {
                    tokens[i + 1].start += 1
                }
            }
        }
        tokens.removeAll { $0.kind == .text && $0.start >= $0.end }
    }

    private func scanOutput(at start: Int) throws -> TemplateToken {
        var index = start + 2
        let trimLeft = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if trimLeft { index += 1 }
        let markupStart = index
        while index + 1 < bytes.count {
            // Ruby's tokenizer turns `{{ … {%` into a tag token, which then fails as output.
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "%") { break }
            if bytes[index] == UInt8(ascii: "}"), bytes[index + 1] == UInt8(ascii: "}") {
                var markupEnd = index
                let trimRight = markupEnd > markupStart && bytes[markupEnd - 1] == UInt8(ascii: "-")
                if trimRight { markupEnd -= 1 }
                return TemplateToken(
                    kind: .output, start: start, end: index + 2, markupStart: markupStart, markupEnd: markupEnd,
                    name: "", nameStart: markupStart, trimLeft: trimLeft, trimRight: trimRight, inLiquidTag: false)
            }
            index += 1
        }
        throw source.error(
            LiquidErrorCode.syntax, "output was not properly terminated", at: start, length: 2,
            help: "close it with '}}'")
    }

    private func scanTag(at start: Int) throws -> TemplateToken {
        var index = start + 2
        let trimLeft = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if trimLeft { index += 1 }
        let innerStart = index
        var close = -1
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), bytes[index + 1] == UInt8(ascii: "}") {
                close = index
                break
            }
            index += 1
        }
        guard close >= 0 else {
            throw source.error(
                LiquidErrorCode.syntax, "tag was not properly terminated", at: start, length: 2,
                help: "close it with '%}'")
        }
        var innerEnd = close
        let trimRight = innerEnd > innerStart && bytes[innerEnd - 1] == UInt8(ascii: "-")
        if trimRight { innerEnd -= 1 }
        var token = Self.splitTagName(bytes, innerStart, innerEnd)
        token.kind = .tag
        token.start = start
        token.end = close + 2
        token.trimLeft = trimLeft
        token.trimRight = trimRight
        return token
    }

    /// Reads a tag's name and markup from `bytes[start..<end]`.
    static func splitTagName(_ bytes: [UInt8], _ start: Int, _ end: Int) -> TemplateToken {
        var index = start
        while index < end, isSpace(bytes[index]) { index += 1 }
        let nameStart = index
        if index < end, bytes[index] == UInt8(ascii: "#") {
            index += 1
        } else {
            while index < end, isWordByte(bytes[index]) { index += 1 }
        }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        var markupStart = index
        while markupStart < end, isSpace(bytes[markupStart]) { markupStart += 1 }
        var markupEnd = end
        while markupEnd > markupStart, isSpace(bytes[markupEnd - 1]) { markupEnd -= 1 }
        return TemplateToken(
            kind: .tag, start: start, end: end, markupStart: markupStart, markupEnd: markupEnd, name: name,
            nameStart: nameStart, trimLeft: false, trimRight: false, inLiquidTag: false)
    }

    /// The text of a `raw` or `doc` block up to its end tag, read without tokenizing, as Ruby
    /// does: the body may hold anything, even unclosed tags and output, and the end tag counts
    /// wherever its `{%` appears. A `doc` inside a `doc` is an error.
    private func scanVerbatimBody(from start: Int, opening: TemplateToken) throws -> (TemplateToken, TemplateToken) {
        let endName = "end" + opening.name
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "%"),
                let tag = try? scanTag(at: index)
            {
                if tag.name == endName { return (.text(start, index), tag) }
                if opening.name == "doc", tag.name == "doc" {
                    throw source.error(
                        LiquidErrorCode.syntax, "'doc' tags cannot be nested", at: tag.nameStart, length: 3,
                        help: "close the first 'doc' with '{% enddoc %}' before opening another")
                }
            }
            index += 1
        }
        throw source.error(
            LiquidErrorCode.unclosedTag, "'\(opening.name)' tag was never closed", at: opening.nameStart,
            length: opening.name.utf8.count, help: "add '{% \(endName) %}'")
    }
}

@inline(__always) func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0B || byte == 0x0C
}

@inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        || byte == 0x5F
}
