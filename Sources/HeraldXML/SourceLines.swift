/// The document's lines, used only on the error path to place carets where libxml2 gives a
/// line but no column (validity errors point at nodes, not characters).
///
/// The lines are split on first use: most documents with issues only have warnings that need
/// no caret (such as `&nbsp;` before the DTD is applied), and splitting every document into
/// lines was the largest cost of validation (see docs/benchmarks.md, "XML validation").
final class SourceLines {
    /// The document, borrowed: a `SourceLines` lives only inside the validation call that
    /// made it (see `XMLValidator.run`), while the caller's bytes are pinned.
    private let bytes: UnsafeRawBufferPointer
    private lazy var lines: [ArraySlice<UInt8>] = Array(bytes).split(
        separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)

    init(borrowing bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Where `<element` (and, when given, its `attribute=`) appears on `line` or the few lines
    /// before it (libxml2 gives the line a start tag ends on).
    func locate(element: String, attribute: String?, near line: Int) -> (line: Int, column: Int, length: Int)? {
        let tag = Array("<\(element)".utf8)
        var candidate = min(line, lines.count)
        while candidate >= max(1, line - 5) {
            let bytes = Array(lines[candidate - 1])
            if let start = Self.find(tag, in: bytes, from: 0) {
                if let attribute {
                    // The attribute may sit on this line or on a following line of the same tag.
                    let needle = Array(" \(attribute)".utf8)
                    for index in candidate...min(line, lines.count) {
                        let text = index == candidate ? bytes : Array(lines[index - 1])
                        if let at = Self.find(needle, in: text, from: index == candidate ? start : 0) {
                            return (index, Self.column(of: at + 1, in: text), attribute.count)
                        }
                    }
                }
                return (candidate, Self.column(of: start, in: bytes), tag.count)
            }
            candidate -= 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) {
                // Require a name boundary after `<tag` so `<b` does not match `<br`.
                let after = index + needle.count
                if after == haystack.count || !isNameByte(haystack[after]) { return index }
            }
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    /// The 1-based column, in Unicode scalars, of byte `offset`.
    private static func column(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
