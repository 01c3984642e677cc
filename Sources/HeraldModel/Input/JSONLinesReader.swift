/// Streams customers from JSON Lines input: one record a line, invoices nested.
///
/// Memory stays flat: the reader holds one chunk and the lines completed from it. Blank lines
/// are skipped; every other line becomes a customer or a ``Reject``, and bad lines never stop
/// the reader.
///
/// ```swift
/// var reader = JSONLinesReader(source: try FileChunkSource(url: input))
/// while let record = try reader.next() {
///     switch record { case .success(let customer): …; case .failure(let reject): … }
/// }
/// ```
public struct JSONLinesReader<Source: ByteChunkSource> {
    private var source: Source
    private var splitter: LineSplitter
    private var ready: [Result<Customer, Reject>] = []
    private var readyIndex = 0
    private var isFinished = false

    /// Creates a reader over `source`.
    public init(source: Source, maximumLineLength: Int = 4 << 20) {
        self.source = source
        self.splitter = LineSplitter(maximumLineLength: maximumLineLength)
    }

    /// The next record, or `nil` at the end of input.
    ///
    /// - Throws: Only errors of the source (such as a read error); bad records are returned
    ///   as `.failure(Reject)`.
    public mutating func next() throws -> Result<Customer, Reject>? {
        while readyIndex == ready.count {
            if isFinished { return nil }
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            if let chunk = try source.nextChunk() {
                splitter.feed(chunk) { ready.appendRecord(for: $0) }
            } else {
                isFinished = true
                splitter.finish { ready.appendRecord(for: $0) }
            }
        }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }
}

extension Array where Element == Result<Customer, Reject> {
    fileprivate mutating func appendRecord(for line: LineSplitter.Line) {
        switch line {
        case .text(let bytes, let number):
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
            append(RecordDecoder.decodeJSONLine(bytes, lineNumber: number))
        case .tooLong(let number, let length):
            let problem = Reject.Problem(
                field: nil, message: "line is \(length) bytes long, more than the limit: split the record or check the file")
            append(.failure(Reject(line: number, customerID: nil, problems: [problem], kind: .malformed)))
        }
    }
}
