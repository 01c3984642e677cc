import Foundation

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.
enum CSV {
    /// A header line and one line per row.
    static func document(columns: [String], rows: [[String]]) -> [UInt8] {
        var text = line(columns)
        for row in rows { text += line(row) }
        return Array(text.utf8)
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
