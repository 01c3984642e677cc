/// Literal (non-regex) substring search and replacement over UTF-8 bytes, with Ruby's
/// `sub` / `gsub` / `rindex` semantics. UTF-8 is self-synchronising, so a byte match of a
/// valid needle is always a character match.
enum TextSearch {
    /// Byte offsets of the non-overlapping occurrences of `needle` in `haystack`, left to right.
    /// `limit` stops after that many matches. `needle` must not be empty.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8], limit: Int = .max) -> [Int] {
        var result: [Int] = []
        let n = needle.count
        let h = haystack.count
        guard n > 0, n <= h, limit > 0 else { return result }
        let first = needle[0]
        var index = 0
        let lastStart = h - n
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                while index <= lastStart {
                    if hay[index] != first {
                        index += 1
                        continue
                    }
                    var matched = true
                    var k = 1
                    while k < n {
                        if hay[index + k] != pin[k] {
                            matched = false
                            break
                        }
                        k += 1
                    }
                    if matched {
                        result.append(index)
                        if result.count >= limit { return }
                        index += n
                    } else {
                        index += 1
                    }
                }
            }
        }
        return result
    }

    /// Byte offset of the last occurrence of a non-empty `needle`, or `nil`.
    static func lastOccurrence(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        let n = needle.count
        guard n > 0, n <= haystack.count else { return nil }
        var index = haystack.count - n
        while index >= 0 {
            if haystack[index] == needle[0], haystack[index..<(index + n)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }

    /// Ruby's `gsub(string, replacement)` (`limit: .max`) and `sub` (`limit: 1`), including the
    /// back-references a replacement string may hold (`\0`, `\&`, `` \` ``, `\'`, `\\`).
    static func replace(_ text: String, _ needle: String, with replacement: String, limit: Int) -> String {
        let hasEscapes = replacement.utf8.contains(UInt8(ascii: "\\"))
        if needle.isEmpty {
            return replaceEmpty(text, with: replacement, limit: limit, hasEscapes: hasEscapes)
        }
        let haystack = Array(text.utf8)
        let pin = Array(needle.utf8)
        let matches = occurrences(of: pin, in: haystack, limit: limit)
        if matches.isEmpty { return text }
        let plain = Array(replacement.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(haystack.count + matches.count * max(0, plain.count - pin.count))
        var cursor = 0
        for start in matches {
            output.append(contentsOf: haystack[cursor..<start])
            if hasEscapes {
                expand(plain, match: start..<(start + pin.count), in: haystack, into: &output)
            } else {
                output.append(contentsOf: plain)
            }
            cursor = start + pin.count
        }
        output.append(contentsOf: haystack[cursor...])
        return String(decoding: output, as: UTF8.self)
    }

    /// An empty pattern matches before every character and at the end.
    private static func replaceEmpty(_ text: String, with replacement: String, limit: Int, hasEscapes: Bool)
        -> String
    {
        let haystack = Array(text.utf8)
        let plain = Array(replacement.utf8)
        var output: [UInt8] = []
        var count = 0
        var index = 0
        func insert(at position: Int) {
            if hasEscapes {
                expand(plain, match: position..<position, in: haystack, into: &output)
            } else {
                output.append(contentsOf: plain)
            }
        }
        while index <= haystack.count {
            if count < limit {
                insert(at: index)
                count += 1
            }
            guard index < haystack.count else { break }
            let width = scalarWidth(haystack[index])
            let end = min(haystack.count, index + width)
            output.append(contentsOf: haystack[index..<end])
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    @inline(__always)
    static func scalarWidth(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Expands Ruby's replacement back-references for a literal-pattern match.
    private static func expand(_ replacement: [UInt8], match: Range<Int>, in haystack: [UInt8], into output: inout [UInt8]) {
        var index = 0
        while index < replacement.count {
            let byte = replacement[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < replacement.count else {
                output.append(byte)
                index += 1
                continue
            }
            let next = replacement[index + 1]
            switch next {
            case UInt8(ascii: "0"), UInt8(ascii: "&"): output.append(contentsOf: haystack[match])
            case UInt8(ascii: "`"): output.append(contentsOf: haystack[..<match.lowerBound])
            case UInt8(ascii: "'"): output.append(contentsOf: haystack[match.upperBound...])
            case UInt8(ascii: "\\"): output.append(byte)
            case UInt8(ascii: "1")...UInt8(ascii: "9"): break  // no groups in a literal pattern
            default:
                output.append(byte)
                output.append(next)
            }
            index += 2
        }
    }
}
