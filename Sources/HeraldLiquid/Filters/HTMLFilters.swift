/// The HTML filters: `escape` (and its alias `h`), `escape_once` and `strip_html`.
enum HTMLFilters {
    /// The filters of this family, by name.
    static let all: [String: FilterFunction] = [
        "escape": FilterFunction(escapeFilter),
        "h": FilterFunction(escapeFilter),
        "escape_once": FilterFunction { input, arguments, _ in
            try arguments.check("escape_once", max: 0, usage: "string | escape_once")
            return .string(escapeOnce(Ruby.string(input)))
        },
        "strip_html": FilterFunction { input, arguments, _ in
            try arguments.check("strip_html", max: 0, usage: "string | strip_html")
            return .string(stripHTML(Ruby.string(input)))
        },
    ]

    @Sendable static func escapeFilter(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check("escape", max: 0, usage: "string | escape")
        if case .nil = input { return .nil }
        return .string(escape(Ruby.string(input)))
    }

    /// The entity for a byte `CGI.escapeHTML` replaces, or `nil`.
    @inline(__always)
    static func entity(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// Ruby's `CGI.escapeHTML`: `& < > " '` become entities. Returns the input unchanged
    /// (no copy) when there is nothing to escape.
    static func escape(_ text: String) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable(escaped) { return result ?? text }
        var text = text
        return text.withUTF8(escaped) ?? text
    }

    /// `bytes` escaped, or nil when nothing needs escaping.
    static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
        // Skip eight bytes at a time while none is markup (most text).
        var first = 0
        while first &+ 8 <= bytes.count,
            !ByteWord.hasMarkup(base.loadUnaligned(fromByteOffset: first, as: UInt64.self))
        {
            first &+= 8
        }
        while first < bytes.count, !needsEscape(bytes[first]) { first &+= 1 }
        guard first < bytes.count else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8 + 8)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
        for byte in UnsafeBufferPointer(rebasing: bytes[first...]) {
            if let replacement = entity(byte) {
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Like `escape`, but leaves existing entities (`&amp;`, `&#39;`, `&copy;`) alone:
    /// Ruby's `/["><']|&(?!([a-zA-Z]+|(#\d+));)/`.
    static func escapeOnce(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: needsEscape) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "&"), isEntity(bytes, at: index + 1) {
                output.append(byte)
            } else if let replacement = entity(byte) {
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `bytes[start...]` begins with `[a-zA-Z]+;` or `#\d+;`.
    private static func isEntity(_ bytes: [UInt8], at start: Int) -> Bool {
        var index = start
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            index += 1
            let digits = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index > digits && index < bytes.count && bytes[index] == UInt8(ascii: ";")
        }
        let letters = index
        while index < bytes.count, isLetter(bytes[index]) { index += 1 }
        return index > letters && index < bytes.count && bytes[index] == UInt8(ascii: ";")
    }

    /// Ruby's `strip_html`: removes `<script>…</script>`, `<!-- … -->` and `<style>…</style>`
    /// blocks, then every `<…>` tag. Entities are kept.
    static func stripHTML(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return text }
        let blocks: [(open: [UInt8], close: [UInt8])] = [
            (Array("<script".utf8), Array("</script>".utf8)),
            (Array("<!--".utf8), Array("-->".utf8)),
            (Array("<style".utf8), Array("</style>".utf8)),
        ]
        // Pass 1: blocks.
        var firstPass: [UInt8] = []
        firstPass.reserveCapacity(bytes.count)
        var index = 0
        outer: while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                for block in blocks where hasPrefix(bytes, block.open, at: index) {
                    if let end = find(block.close, in: bytes, from: index + block.open.count) {
                        index = end + block.close.count
                        continue outer
                    }
                }
            }
            firstPass.append(bytes[index])
            index += 1
        }
        // Pass 2: tags.
        var output: [UInt8] = []
        output.reserveCapacity(firstPass.count)
        index = 0
        while index < firstPass.count {
            if firstPass[index] == UInt8(ascii: "<"),
                let close = firstPass[(index + 1)...].firstIndex(of: UInt8(ascii: ">"))
            {
                index = close + 1
                continue
            }
            output.append(firstPass[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at index: Int) -> Bool {
        index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], hasPrefix(bytes, needle, at: index) { return index }
            index += 1
        }
        return nil
    }
}
