/// Splits (X)HTML into tags and text, tolerantly: it never fails, whatever the input.
struct HTMLTokenizer {
    /// One piece of markup.
    enum Token: Equatable {
        /// Text, with character references still encoded.
        case text(String)
        /// A start tag: lower-cased name, attributes (values decoded), and whether it closed itself.
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        /// An end tag with its lower-cased name.
        case end(String)
    }

    /// The tokens of `html`; comments, doctypes and processing instructions are dropped,
    /// CDATA sections become text.
    static func tokens(_ html: String) -> [Token] {
        let s = Array(html.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        var text = String.UnicodeScalarView()
        func flushText() {
            if !text.isEmpty { tokens.append(.text(String(text))) }
            text = String.UnicodeScalarView()
        }
        func starts(_ prefix: String, at index: Int) -> Bool {
            let p = Array(prefix.unicodeScalars)
            return index + p.count <= s.count && Array(s[index..<index + p.count]) == p
        }
        func find(_ marker: String, from index: Int) -> Int? {
            var j = index
            while j < s.count {
                if starts(marker, at: j) { return j }
                j += 1
            }
            return nil
        }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count else {
                text.append(s[i])
                i += 1
                continue
            }
            let next = s[i + 1]
            if starts("<!--", at: i) {
                flushText()
                i = (find("-->", from: i + 4) ?? s.count - 3) + 3
            } else if starts("<![CDATA[", at: i) {
                let end = find("]]>", from: i + 9) ?? s.count
                // CDATA is literal: escape '&' so the later entity decoding leaves it alone.
                text.append(contentsOf: String(String.UnicodeScalarView(s[(i + 9)..<end])).replacing("&", with: "&amp;").unicodeScalars)
                i = min(s.count, end + 3)
            } else if next == "!" || next == "?" {
                flushText()
                i = (find(">", from: i) ?? s.count - 1) + 1
            } else if next == "/" || next.properties.isAlphabetic {
                flushText()
                let end = tagEnd(s, from: i + 1)
                tokens.append(tag(String(String.UnicodeScalarView(s[(i + 1)..<end]))))
                i = end + 1
            } else {
                text.append(s[i])
                i += 1
            }
        }
        flushText()
        return tokens
    }

    /// The index of the `>` that closes the tag starting at `from`, skipping quoted values.
    private static func tagEnd(_ s: [Unicode.Scalar], from: Int) -> Int {
        var quote: Unicode.Scalar?
        var j = from
        while j < s.count {
            let c = s[j]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return j
            }
            j += 1
        }
        return s.count
    }

    /// Parses the inside of a tag (without `<` and `>`).
    private static func tag(_ inner: String) -> Token {
        if inner.hasPrefix("/") {
            return .end(String(inner.dropFirst().prefix { !$0.isWhitespace && $0 != ">" }).lowercased())
        }
        var body = Substring(inner)
        let selfClosing = body.hasSuffix("/")
        if selfClosing { body = body.dropLast() }
        let name = body.prefix { !$0.isWhitespace && $0 != "/" }
        var attributes: [String: String] = [:]
        var rest = body.dropFirst(name.count)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard !rest.isEmpty else { break }
            let key = rest.prefix { !$0.isWhitespace && $0 != "=" }
            rest = rest.dropFirst(key.count).drop { $0.isWhitespace }
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop { $0.isWhitespace }
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let content = rest.dropFirst().prefix { $0 != quote }
                    value = String(content)
                    rest = rest.dropFirst(content.count + 2)
                } else {
                    let content = rest.prefix { !$0.isWhitespace }
                    value = String(content)
                    rest = rest.dropFirst(content.count)
                }
            }
            if !key.isEmpty { attributes[key.lowercased()] = HTMLEntities.decode(value) }
            if key.isEmpty { rest = rest.dropFirst() }
        }
        return .start(name: name.lowercased(), attributes: attributes, selfClosing: selfClosing)
    }
}
