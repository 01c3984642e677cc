import Foundation
import HeraldModel

/// One input record before the workers see it: a raw JSON line (decoded in parallel by the
/// workers) or a record the CSV join has already decoded.
enum RawRecord: Sendable {
    case jsonLine([UInt8], line: Int)
    case tooLong(line: Int, length: Int)
    case decoded(Result<Customer, Reject>, line: Int)
}

/// Reads the input in batches of raw records, counting the bytes read for the progress bar.
struct RecordFeed {
    /// Exactly one of `csv` and `source` is set; they are optionals rather than enum payloads
    /// so they are mutated in place (no copy of their buffers per record).
    private var csv: CSVCustomerReader<FileChunkSource>?
    private var source: FileChunkSource?
    private var splitter = LineSplitter()
    private var pending: [RawRecord] = []
    private var pendingIndex = 0
    private var isFinished = false
    /// Bytes of the input file read so far (JSON Lines only; 0 for CSV).
    private(set) var bytesRead = 0
    /// The input's size in bytes, when known.
    let bytesTotal: Int

    /// Opens the input; for CSV, reads and checks both headers.
    ///
    /// - Throws: ``CSVHeaderProblem`` for a CSV header without a required column, or the
    ///   error of a file that cannot be read.
    init(options: RunOptions) throws {
        bytesTotal = (try? FileManager.default.attributesOfItem(atPath: options.input.path)[.size] as? Int) ?? 0
        if options.isCSV {
            var reader = CSVCustomerReader(
                customers: try FileChunkSource(url: options.input),
                invoices: try FileChunkSource(url: options.invoicesFile),
                customersName: options.input.lastPathComponent, invoicesName: options.invoicesFile.lastPathComponent)
            try reader.readHeaders()
            csv = reader
        } else {
            source = try FileChunkSource(url: options.input)
        }
    }

    /// Up to `count` records; fewer only at the end of the input.
    mutating func nextBatch(_ count: Int) throws -> [RawRecord] {
        var batch: [RawRecord] = []
        batch.reserveCapacity(count)
        while batch.count < count, let record = try next() { batch.append(record) }
        return batch
    }

    private mutating func next() throws -> RawRecord? {
        if csv != nil { return try csv?.nextRecord().map { .decoded($0.record, line: $0.line) } }
        while pendingIndex == pending.count {
            if isFinished { return nil }
            pending.removeAll(keepingCapacity: true)
            pendingIndex = 0
            var lines: [LineSplitter.Line] = []
            if let chunk = try source?.nextChunk() {
                bytesRead += chunk.count
                splitter.feed(chunk) { lines.append($0) }
            } else {
                isFinished = true
                splitter.finish { lines.append($0) }
            }
            for line in lines { appendLine(line) }
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }

    private mutating func appendLine(_ line: LineSplitter.Line) {
        switch line {
        case .text(let bytes, let number):
            if !Self.isBlank(bytes) { pending.append(.jsonLine(bytes, line: number)) }
        case .tooLong(let number, let length):
            pending.append(.tooLong(line: number, length: length))
        }
    }

    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        !bytes.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
    }
}
