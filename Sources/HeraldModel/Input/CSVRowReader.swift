import Foundation

/// Streams the rows of an RFC 4180 CSV file: fields separated by `,`, optionally quoted with
/// `"` (a doubled `""` inside quotes is one quote), quoted fields may span lines, records end
/// in `\n` or `\r\n`. A UTF-8 byte-order mark at the start is dropped.
///
/// Fields are UTF-8. A field that is not valid UTF-8 is read as Windows-1252, the encoding
/// Excel's plain "CSV" uses in Western Europe, so `Öztürk` stays `Öztürk` instead of turning
/// into replacement characters; a field that is neither makes the record malformed.
///
/// Spreadsheets set to Dutch, German or French write `;` between fields instead, and some
/// exports use tabs. Unless told the separator, the reader takes whichever of `,`, `;` and tab
/// occurs most often outside quotes in the first record (the header), `,` on a tie.
///
/// Memory stays flat: the reader holds one chunk and the record being read.
public struct CSVRowReader<Source: ByteChunkSource> {
    /// One record of the file.
    public typealias Row = CSVRow

    private var source: Source
    private var chunk: [UInt8] = []
    private var position = 0
    private var line = 1
    private var isFinished = false
    private var atStart = true
    /// The byte between fields; `nil` until detected from the first record.
    public private(set) var separator: UInt8?
    /// The longest record kept, in bytes; longer records are reported, not buffered.
    public let maximumRecordLength: Int

    /// Creates a reader over `source`.
    ///
    /// - Parameters:
    ///   - source: The file's bytes.
    ///   - maximumRecordLength: The longest record kept, in bytes.
    ///   - separator: The byte between fields, or `nil` to detect it from the first record.
    public init(source: Source, maximumRecordLength: Int = 4 << 20, separator: UInt8? = nil) {
        self.source = source
        self.maximumRecordLength = maximumRecordLength
        self.separator = separator
    }

    /// The separators a reader detects, in the order that wins a tie.
    static var candidateSeparators: [UInt8] { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] }

    /// Picks the separator from the first record in the current chunk: the candidate counted
    /// most often outside quotes before the record's end.
    private func detectedSeparator() -> UInt8 {
        var counts = [0, 0, 0]
        var inQuotes = false
        for byte in chunk[position...] {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == UInt8(ascii: "\n") { break }
                if let index = Self.candidateSeparators.firstIndex(of: byte) { counts[index] += 1 }
            }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] } ?? 0  // the first of equals
        return Self.candidateSeparators[counts[best] > 0 ? best : 0]
    }

    private mutating func nextByte() throws -> UInt8? {
        while position == chunk.count {
            guard !isFinished, let next = try source.nextChunk() else {
                isFinished = true
                return nil
            }
            chunk = next
            position = 0
            if atStart {
                atStart = false
                if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
            }
        }
        defer { position += 1 }
        return chunk[position]
    }

    private mutating func peekByte() throws -> UInt8? {
        guard let byte = try nextByte() else { return nil }
        position -= 1
        return byte
    }

    /// The next record, or `nil` at the end of input. Blank lines are skipped.
    ///
    /// - Throws: Only errors of the source.
    public mutating func next() throws -> Row? {
        while true {
            let start = line
            guard let first = try peekByte() else { return nil }
            if first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") {
                _ = try nextByte()
                if first == UInt8(ascii: "\n") { line += 1 }
                continue
            }
            let separator = self.separator ?? detectedSeparator()
            self.separator = separator
            return try readRecord(startLine: start, separator: separator)
        }
    }

    private mutating func readRecord(startLine: Int, separator: UInt8) throws -> Row {
        var fields: [String] = []
        var field: [UInt8] = []
        var length = 0
        var problem: String?
        var inQuotes = false
        var wasQuoted = false
        while let byte = try nextByte() {
            length += 1
            if length > maximumRecordLength, problem == nil {
                problem = "record is longer than \(maximumRecordLength) bytes: check the quoting"
            }
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if try peekByte() == UInt8(ascii: "\"") {
                        _ = try nextByte()
                        field.append(byte)
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    if problem == nil { field.append(byte) }
                }
                continue
            }
            switch byte {
            case separator:
                fields.append(Self.text(of: field, number: fields.count + 1, problem: &problem))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
            case UInt8(ascii: "\n"):
                line += 1
                if field.last == UInt8(ascii: "\r"), !wasQuoted { field.removeLast() }
                fields.append(Self.text(of: field, number: fields.count + 1, problem: &problem))
                return Row(fields: fields, line: startLine, problem: problem)
            case UInt8(ascii: "\""):
                if field.isEmpty, !wasQuoted {
                    inQuotes = true
                    wasQuoted = true
                } else if problem == nil {
                    problem = "stray '\"' in field \(fields.count + 1): quote the whole field and double inner quotes"
                }
            case UInt8(ascii: "\r") where wasQuoted:
                break
            default:
                if wasQuoted, problem == nil {
                    problem = "text after the closing quote in field \(fields.count + 1)"
                }
                if problem == nil || field.count < 1024 { field.append(byte) }
            }
        }
        if inQuotes { problem = problem ?? "unterminated quoted field \(fields.count + 1) at the end of the file" }
        if field.last == UInt8(ascii: "\r"), !wasQuoted { field.removeLast() }
        fields.append(Self.text(of: field, number: fields.count + 1, problem: &problem))
        return Row(fields: fields, line: startLine, problem: problem)
    }
}

extension CSVRowReader {
    /// A field's text: UTF-8, or else Windows-1252; with neither, the UTF-8 reading with
    /// replacement characters and a `problem` for the record, so it is rejected, not sent garbled.
    static func text(of bytes: [UInt8], number: Int, problem: inout String?) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = String(bytes: bytes, encoding: .windowsCP1252) { return text }
        if problem == nil {
            problem = "field \(number) is neither UTF-8 nor Windows-1252 text: save the file as UTF-8 ('CSV UTF-8' in Excel)"
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// One CSV record: its fields and the 1-based line it starts on.
public struct CSVRow: Sendable, Hashable {
    /// The fields, unquoted.
    public var fields: [String]
    /// The line the record starts on.
    public var line: Int
    /// Why the record is malformed (an unterminated quote, text after a closing quote), or `nil`.
    public var problem: String?
}
