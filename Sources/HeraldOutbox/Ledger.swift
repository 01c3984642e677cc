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
///
/// The file is read line by line. What stays in memory is what the outbox needs: every key
/// (as a 64-bit number for Herald's keys), a ``SentMessage`` per entry, and, only when the
/// outbox keeps entries (``OutboxOptions/keepsEntries``), the entries themselves.
struct Ledger {
    let path: String
    /// How many entries loading found in the file.
    private(set) var loadedCount = 0
    /// How many of them were committed under the run id the ledger was loaded for.
    private(set) var countForRun = 0
    private(set) var entries: [LedgerEntry] = []
    private var keys: Set<String> = []
    /// Keys as 64-bit numbers when they are 16 lower-case hex digits (Herald's idempotency keys).
    private var compactKeys: Set<UInt64> = []
    private(set) var sent = SentLedger()
    private var byCustomer: [String: [Int]] = [:]
    private let keepsEntries: Bool
    /// Files in `tmp/` (as `<folder>/<name>`) whose fate recovery must decide.
    private let watched: Set<String>
    /// The watched files some entry names: committed, so recovery publishes them.
    private(set) var committedWatched: Set<String> = []
    /// The committed watched files that are listings: published after the messages they name.
    private(set) var listingWatched: Set<String> = []
    /// The append descriptor, or -1 in dry-run mode.
    private(set) var descriptor: Int32 = -1
    /// Whether loading dropped a torn last line.
    private(set) var droppedTornLine = false

    private init(path: String, keepsEntries: Bool, watched: Set<String>) {
        self.path = path
        self.keepsEntries = keepsEntries
        self.watched = watched
    }

    /// Loads the ledger at `path` (missing means empty) and, when `writable`, opens it for appends.
    ///
    /// - Parameters:
    ///   - runID: The run about to commit; ``countForRun`` counts its earlier entries.
    ///   - keepsEntries: Keep every entry in memory, not only keys and ``SentMessage``s.
    ///   - watching: `tmp/` files (`<folder>/<name>`) to look for in the entries.
    static func load(
        path: String, writable: Bool, runID: String, keepsEntries: Bool, watching: Set<String> = [], logger: Logger
    ) throws -> Ledger {
        var ledger = Ledger(path: path, keepsEntries: keepsEntries, watched: watching)
        let (validLength, totalLength): (Int, Int)
        do {
            (validLength, totalLength) = try ledger.index(runID: runID)
        } catch let error as FileSystem.IOFailure {
            throw OutboxDiagnostics.io(error, doing: "reading the ledger")
        }
        if validLength < totalLength {
            ledger.droppedTornLine = true
            logger.warning(
                "ledger ends in an incomplete line; it was never committed and is dropped",
                metadata: ["ledger": "\(path)", "bytes": "\(totalLength - validLength)"])
        }
        guard writable else { return ledger }
        do throws(FileSystem.IOFailure) {
            let fd = try FileSystem.open(path, O_WRONLY | O_CREAT | O_APPEND)
            ledger.descriptor = fd
            if validLength < totalLength {
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

    /// Every entry for one customer in the ledger at `path`, oldest first, read line by line
    /// without loading the rest: only lines that hold the id's bytes, or an escape that could
    /// spell it, are decoded. A torn last line is skipped, as loading drops it.
    static func entries(path: String, forCustomer customerID: String) throws -> [LedgerEntry] {
        let decoder = JSONDecoder()
        let id = Array(customerID.utf8)
        var found: [LedgerEntry] = []
        var lineNumber = 0
        do {
            _ = try FileSystem.forEachLine(in: path) { line in
                lineNumber += 1
                guard line.isTerminated else { return false }
                guard line.bytes.contains(UInt8(ascii: "\\")) || line.bytes.firstRange(of: id) != nil else { return true }
                guard let entry = try Self.entry(in: line, number: lineNumber, path: path, decoder: decoder) else { return false }
                if entry.customerID == customerID { found.append(entry) }
                return true
            }
        } catch let error as FileSystem.IOFailure {
            throw OutboxDiagnostics.io(error, doing: "reading the ledger")
        }
        return found
    }

    /// Parses and indexes every complete line; returns the length of the valid prefix and of the file.
    /// Calls `body` with every entry of the ledger at `path` and the bytes of its line (without
    /// the line feed), oldest first, reading line by line. A torn last line is skipped, as
    /// loading drops it.
    ///
    /// - Throws: `outbox.ledger-corrupt` for a damaged line; `FileSystem.IOFailure` when the
    ///   file cannot be read; whatever `body` throws.
    static func forEachEntry(path: String, _ body: (LedgerEntry, ArraySlice<UInt8>) throws -> Void) throws {
        let decoder = JSONDecoder()
        var lineNumber = 0
        _ = try FileSystem.forEachLine(in: path) { line in
            lineNumber += 1
            guard line.isTerminated,
                let entry = try Self.entry(in: line, number: lineNumber, path: path, decoder: decoder)
            else { return false }
            try body(entry, line.bytes)
            return true
        }
    }

    private mutating func index(runID: String) throws -> (valid: Int, total: Int) {
        let decoder = JSONDecoder()
        var lineNumber = 0
        var valid = 0
        var total = 0
        _ = try FileSystem.forEachLine(in: path) { line in
            lineNumber += 1
            total = line.offset + line.bytes.count + (line.isTerminated ? 1 : 0)
            // A line without its newline was cut off by a crash: never committed.
            guard line.isTerminated else { return false }
            if line.bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
                valid = total
                return true
            }
            guard let entry = try Self.entry(in: line, number: lineNumber, path: path, decoder: decoder) else { return false }
            loadedCount += 1
            if entry.runID == runID { countForRun += 1 }
            record(entry)
            valid = total
            return true
        }
        return (valid, total)
    }

    /// The entry a complete line holds, or `nil` for a garbled last line: the remains of a torn
    /// write (for example zero-filled blocks after a power cut), never committed.
    ///
    /// - Throws: `outbox.ledger-corrupt` for a garbled line anywhere else, damage the user must
    ///   see, or an entry naming an unsafe file.
    private static func entry(
        in line: FileSystem.Line, number: Int, path: String, decoder: JSONDecoder
    ) throws -> LedgerEntry? {
        let entry: LedgerEntry
        do {
            entry = try decoder.decode(LedgerEntry.self, from: Data(line.bytes))
        } catch {
            if line.isLast { return nil }
            throw OutboxDiagnostics.ledgerCorrupt(path: path, line: number, reason: Self.reason(for: error))
        }
        guard FileName.isSafe(entry.file), entry.handoverFile.map(FileName.isSafe) ?? true,
            entry.listingFile.map(FileName.isSafe) ?? true
        else {
            throw OutboxDiagnostics.ledgerCorrupt(path: path, line: number, reason: "unsafe file name")
        }
        return entry
    }

    /// Adds an entry to the in-memory index only.
    mutating func record(_ entry: LedgerEntry) {
        recordKey(entry.key)
        if !watched.isEmpty {
            let folder = entry.channel.rawValue
            for file in ["\(folder)/\(entry.file)", entry.handoverFile.map { "\(OutboxFolder.handover.rawValue)/\($0)" }]
            {
                if let file, watched.contains(file) { committedWatched.insert(file) }
            }
            if let listing = entry.listingFile, watched.contains("\(folder)/\(listing)") {
                committedWatched.insert("\(folder)/\(listing)")
                listingWatched.insert("\(folder)/\(listing)")
            }
        }
        sent.append(SentMessage(entry), toCustomer: entry.customerID)
        guard keepsEntries else { return }
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
    ///   ``entries(forCustomer:)``, ``sent``) or only by key.
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
