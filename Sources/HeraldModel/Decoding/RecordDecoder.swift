import HeraldDiagnostics

/// Decodes input records into ``Customer`` values: a pure function over bytes.
///
/// ```swift
/// switch RecordDecoder.decodeJSONLine(Array(line.utf8), lineNumber: 7) {
/// case .success(let customer): …
/// case .failure(let reject): print(reject.reason)   // missing required field 'locale'
/// }
/// ```
public enum RecordDecoder {
    /// Decodes one JSON Lines record (one customer, invoices nested).
    ///
    /// - Parameters:
    ///   - bytes: The line without its line break.
    ///   - lineNumber: The 1-based line number, for the reject.
    /// - Returns: The customer, or a reject naming every problem found.
    public static func decodeJSONLine(_ bytes: [UInt8], lineNumber: Int) -> Result<Customer, Reject> {
        var scanner = JSONScanner(bytes)
        let node: JSONNode
        do {
            node = try scanner.parseDocument()
        } catch {
            let column = Self.column(ofByteOffset: error.offset, in: bytes)
            let problem = Reject.Problem(
                field: nil, message: "malformed JSON at column \(column): \(error.message)", column: column)
            return .failure(Reject(line: lineNumber, customerID: scanner.customerID, problems: [problem], kind: .malformed))
        }
        var builder = CustomerBuilder(columnOf: { Self.column(ofByteOffset: $0, in: bytes) })
        return builder.build(from: node, lineNumber: lineNumber)
    }

    /// The 1-based column, in Unicode scalars, of a UTF-8 byte offset.
    static func column(ofByteOffset offset: Int, in bytes: [UInt8]) -> Int {
        var column = 1
        for byte in bytes.prefix(max(0, offset)) where byte & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
