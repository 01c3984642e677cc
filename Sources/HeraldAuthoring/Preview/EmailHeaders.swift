import Foundation

/// The header block of an `.eml`, as sent, with unfolded values for display.
struct EmailHeaders {
    /// The header lines as they are in the file (CRLF turned into LF).
    var raw: String
    private var values: [(name: String, value: String)] = []

    /// Reads the headers of `bytes` (up to the first empty line).
    init(bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self).replacingCRLF()
        let block = text.components(separatedByFirst: "\n\n")
        raw = block
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first == " " || first == "\t", !values.isEmpty {
                values[values.count - 1].value += " " + line.drop { $0 == " " || $0 == "\t" }
            } else if let colon = line.firstIndex(of: ":") {
                values.append((String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " })))
            }
        }
    }

    /// Every header on one line each, in the file's order, with the values in `shown` (by
    /// header name) in place of the encoded ones: what a person reads, not the bytes sent.
    func lines(showing shown: [String: String]) -> [String] {
        values.map { "\($0.name): \(shown[$0.name] ?? $0.value)" }
    }

    /// The unfolded value of the first header named `name` (case-insensitive).
    subscript(name: String) -> String? {
        values.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

extension String {
    fileprivate func replacingCRLF() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars where scalar != "\r" { result.unicodeScalars.append(scalar) }
        return result
    }

    fileprivate func components(separatedByFirst separator: String) -> String {
        guard let range = range(of: separator) else { return self }
        return String(self[..<range.lowerBound])
    }
}
