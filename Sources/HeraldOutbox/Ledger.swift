#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import HeraldDiagnostics
import Logging

/// The append-only journal of committed messages (`ledger.jsonl`) and its in-memory index.
///
/// A message is committed when its complete line is in the file: lines are appended per batch
/// in one `write(2)` and fsynced. A torn last line (a crash in the middle of the write) was
/// never committed; loading drops it and, when writable, truncates the file back to the last
/// complete line.
struct Ledger {
    let path: String
    private(set) var entries: [LedgerEntry] = []
    private(set) var keys: Set<String> = []
    /// Keys recorded without their entries (see ``OutboxOptions/indexesCommittedEntries``),
    /// as 64-bit numbers when they are 16 lower-case hex digits (Herald's idempotency keys).
    private var compactKeys: Set<UInt64> = []
    /// Every file the entries name, as `<folder>/<name>`.
    private(set) var files: Set<String> = []
    /// The listing files among ``files``: recovery publishes them after the messages they list.
    private(set) var listingFiles: Set<String> = []
    private var byCustomer: [String: [Int]] = [:]
    /// The append descriptor, or -1 in dry-run mode.
    private(set) var descriptor: Int32 = -1
    /// Whether loading dropped a torn last line.
    private(set) var droppedTornLine = false

    /// Loads the ledger at `path` (missing means empty) and, when `writable`, opens it for appends.
    static func load(path: String, writable: Bool, logger: Logger) throws -> Ledger {
        var ledger = Ledger(path: path)
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path) ?? []
        } catch {
            throw OutboxDiagnostics.io(error, doing: "reading the ledger")
        }
        let validLength = try ledger.index(bytes)
        if validLength < bytes.count {
            ledger.droppedTornLine = true
            logger.warning(
                "ledger ends in an incomplete line; it was never committed and is dropped",
                metadata: ["ledger": "\(path)", "bytes": "\(bytes.count - validLength)"])
        }
        guard writable else { return ledger }
        do throws(FileSystem.IOFailure) {
            let fd = try FileSystem.open(path, O_WRONLY | O_CREAT | O_APPEND)
            ledger.descriptor = fd
            if validLength < bytes.count {
                if ftruncate(fd, off_t(validLength)) != 0 {
                    throw FileSystem.IOFailure(operation: "ftruncate", path: path, errorNumber: errno)
                }
                try FileSystem.fsync(fd, path: path)
            }
        } catch {
            throw OutboxDiagnostics.io(error, doing: "opening the ledger")
        }
        return ledger
    }

    /// Parses and indexes every complete line; returns the length of the valid prefix.
    private mutating func index(_ bytes: [UInt8]) throws -> Int {
        let decoder = JSONDecoder()
        var start = 0
        var lineNumber = 0
        let newline = UInt8(ascii: "\n")
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: newline)
            let line = bytes[start..<(end ?? bytes.count)]
            let isLast = end == nil || end == bytes.count - 1
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }), end != nil {
                start = (end ?? bytes.count) + 1
                continue
            }
            // A line without its newline was cut off by a crash: never committed.
            guard let end else { return start }
            do {
                let entry = try decoder.decode(LedgerEntry.self, from: Data(line))
                guard FileName.isSafe(entry.file), entry.handoverFile.map(FileName.isSafe) ?? true,
                    entry.listingFile.map(FileName.isSafe) ?? true
                else {
                    throw OutboxDiagnostics.ledgerCorrupt(path: path, line: lineNumber, reason: "unsafe file name")
                }
                record(entry)
            } catch let error as DiagnosticError {
                throw error
            } catch {
                // A garbled last line is the remains of a torn write (for example zero-filled
                // blocks after a power cut); anywhere else it is damage the user must see.
                if isLast { return start }
                throw OutboxDiagnostics.ledgerCorrupt(path: path, line: lineNumber, reason: Self.reason(for: error))
            }
            start = end + 1
        }
        return bytes.count
    }

    /// Adds an entry to the in-memory index only.
    mutating func record(_ entry: LedgerEntry) {
        keys.insert(entry.key)
        files.insert("\(entry.channel.rawValue)/\(entry.file)")
        if let handover = entry.handoverFile { files.insert("\(OutboxFolder.handover.rawValue)/\(handover)") }
        if let listing = entry.listingFile {
            files.insert("\(entry.channel.rawValue)/\(listing)")
            listingFiles.insert("\(entry.channel.rawValue)/\(listing)")
        }
        byCustomer[entry.customerID, default: []].append(entries.count)
        entries.append(entry)
    }

    /// Whether an entry with `key` is recorded.
    func contains(_ key: String) -> Bool {
        if let number = Self.compact(key), compactKeys.contains(number) { return true }
        return keys.contains(key)
    }

    /// Records only the key of an entry: enough to refuse a duplicate, in a few bytes.
    mutating func recordKey(_ key: String) {
        if let number = Self.compact(key) {
            compactKeys.insert(number)
        } else {
            keys.insert(key)
        }
    }

    /// The key as a number when it is exactly 16 lower-case hex digits (a bijection, so no
    /// two keys share a number).
    private static func compact(_ key: String) -> UInt64? {
        guard key.utf8.count == 16 else { return nil }
        var value: UInt64 = 0
        for byte in key.utf8 {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }

    /// Appends entries as JSON lines in one write, fsyncs, then indexes them: the commit point.
    ///
    /// - Parameter indexing: Whether the entries are indexed in full (``entries``,
    ///   ``entries(forCustomer:)``, ``files``) or only by key.
    mutating func append(_ newEntries: [LedgerEntry], indexing: Bool = true) throws {
        guard !newEntries.isEmpty else { return }
        if descriptor >= 0 {
            var buffer: [UInt8] = []
            for entry in newEntries { entry.appendLine(to: &buffer) }
            do {
                try FileSystem.writeAll(descriptor, buffer, path: path)
                try FileSystem.fsync(descriptor, path: path)
            } catch {
                throw OutboxDiagnostics.io(error, doing: "appending to the ledger")
            }
        }
        for entry in newEntries {
            if indexing { record(entry) } else { recordKey(entry.key) }
        }
    }

    /// Why a line is not an entry, in plain words (`field 'key' is missing`) rather than the
    /// `DecodingError` dump its description would print.
    private static func reason(for error: any Error) -> String {
        guard let error = error as? DecodingError else { return FileProblem.describe(error) }
        func field(_ path: [any CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .keyNotFound(let key, let context): return "field '\(field(context.codingPath + [key]))' is missing"
        case .valueNotFound(_, let context): return "field '\(field(context.codingPath))' is null"
        case .typeMismatch(_, let context): return "field '\(field(context.codingPath))' has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "it is not a JSON object" : "field '\(field(context.codingPath))' has an invalid value"
        @unknown default: return "it does not decode as a ledger entry"
        }
    }

    /// Every entry for one customer, in commit order.
    func entries(forCustomer customerID: String) -> [LedgerEntry] {
        (byCustomer[customerID] ?? []).map { entries[$0] }
    }

    /// Closes the append descriptor.
    mutating func close() {
        if descriptor >= 0 { _ = try? FileSystem.close(descriptor, path: path) }
        descriptor = -1
    }
}
