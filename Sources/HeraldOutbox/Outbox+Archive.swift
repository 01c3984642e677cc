#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import HeraldDiagnostics

extension Outbox {
    /// The folder, inside the outbox, that archived ledger lines move to.
    public static let archiveFolder = "ledger-archive"

    /// Moves the ledger lines `archives` picks into `ledger-archive/<name>.jsonl` and keeps the
    /// rest in `ledger.jsonl`, byte for byte and in order, so a run keeps less in memory.
    ///
    /// The ledger is read line by line, so this works however large it has grown. It runs under
    /// the outbox lock and refuses to start while an interrupted run's files wait in a `tmp/`
    /// folder (a run recovers them using the ledger). The archive is made durable before the
    /// ledger is replaced; a crash in between leaves the moved lines in both files, which does
    /// no harm: the next archiving moves them again.
    ///
    /// - Parameters:
    ///   - url: The outbox folder.
    ///   - name: The archive's base name, such as the as-of date; `-2`, `-3`, … is added when
    ///     an archive of that name exists.
    ///   - dryRun: Count only; change nothing.
    ///   - archives: Whether an entry's line moves to the archive.
    /// - Returns: What moved and what stayed.
    /// - Throws: `DiagnosticError` with `outbox.locked`, `outbox.recovery-pending`,
    ///   `outbox.ledger-corrupt` or `outbox.io-error`; the outbox is unchanged then.
    public static func archiveLedger(
        at url: URL, name: String, dryRun: Bool, archives: (LedgerEntry) -> Bool
    ) throws -> LedgerArchiveReport {
        let root = url.standardizedFileURL.path
        let ledgerPath = root + "/ledger.jsonl"
        guard FileSystem.exists(ledgerPath) else { return LedgerArchiveReport(archiveFile: nil, archived: 0, kept: 0) }
        let lock = try takeLock(root: root)
        defer { releaseLock(lock, root: root) }
        let waiting = try leftovers(root: root)
        if let first = waiting.min() {
            // Leftovers are named `<folder>/<name>`; the file itself is in `<folder>/tmp/`.
            let parts = first.split(separator: "/", maxSplits: 1)
            let path = parts.count == 2 ? "\(root)/\(parts[0])/tmp/\(parts[1])" : "\(root)/\(first)"
            throw DiagnosticError(
                .error(
                    "outbox.recovery-pending",
                    "an interrupted run left \(Counted.phrase(waiting.count, "file")) in the outbox's tmp/ folders, this one first",
                    at: SourceLocation(file: path, line: 1),
                    help: "run 'herald run' on this outbox first: it finishes or undoes the interrupted run using the ledger; then archive"))
        }
        var writer: LedgerArchiveWriter?
        var report = LedgerArchiveReport(archiveFile: nil, archived: 0, kept: 0)
        do {
            if !dryRun { writer = try LedgerArchiveWriter(root: root, name: name) }
            try Ledger.forEachEntry(path: ledgerPath) { entry, line in
                if archives(entry) {
                    report.archived += 1
                    try writer?.archive(line)
                } else {
                    report.kept += 1
                    try writer?.keep(line)
                }
            }
            guard report.archived > 0 else {
                writer?.discard()
                return report
            }
            report.archiveFile = try writer?.commit(replacing: ledgerPath)
        } catch let failure as FileSystem.IOFailure {
            writer?.discard()
            throw OutboxDiagnostics.io(failure, doing: "archiving ledger lines")
        } catch {
            writer?.discard()
            throw error
        }
        return report
    }
}

/// What ``Outbox/archiveLedger(at:name:dryRun:archives:)`` did.
public struct LedgerArchiveReport: Sendable, Hashable {
    /// The archive written, relative to the outbox (`ledger-archive/2026-11-29.jsonl`); `nil`
    /// when nothing moved or on a dry run.
    public var archiveFile: String?
    /// Lines moved to the archive (or that would move, on a dry run).
    public var archived: Int
    /// Lines left in the ledger.
    public var kept: Int
}

/// The two files an archiving writes: the archive and the ledger's replacement, each first
/// under a temporary name.
private struct LedgerArchiveWriter {
    let root: String
    let archiveTemporary: String
    let ledgerTemporary: String
    let archiveDescriptor: Int32
    let ledgerDescriptor: Int32
    let name: String
    var archiveBuffer: [UInt8] = []
    var ledgerBuffer: [UInt8] = []
    /// Whether the two descriptors are still open (closed exactly once).
    private var isOpen = true

    static let flushSize = 1 << 20

    init(root: String, name: String) throws(FileSystem.IOFailure) {
        self.root = root
        self.name = name
        archiveTemporary = "\(root)/.ledger-archive.tmp"
        ledgerTemporary = "\(root)/.ledger.jsonl.tmp"
        // Left by an archiving that crashed: never committed, so they can go.
        try FileSystem.unlinkIfPresent(archiveTemporary)
        try FileSystem.unlinkIfPresent(ledgerTemporary)
        archiveDescriptor = try FileSystem.open(archiveTemporary, O_WRONLY | O_CREAT | O_EXCL)
        do {
            ledgerDescriptor = try FileSystem.open(ledgerTemporary, O_WRONLY | O_CREAT | O_EXCL)
        } catch {
            _ = try? FileSystem.close(archiveDescriptor, path: archiveTemporary)
            throw error
        }
    }

    mutating func archive(_ line: ArraySlice<UInt8>) throws(FileSystem.IOFailure) {
        try Self.append(line, to: &archiveBuffer, fd: archiveDescriptor, path: archiveTemporary)
    }

    mutating func keep(_ line: ArraySlice<UInt8>) throws(FileSystem.IOFailure) {
        try Self.append(line, to: &ledgerBuffer, fd: ledgerDescriptor, path: ledgerTemporary)
    }

    private static func append(
        _ line: ArraySlice<UInt8>, to buffer: inout [UInt8], fd: Int32, path: String
    ) throws(FileSystem.IOFailure) {
        buffer += line
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= flushSize {
            try FileSystem.writeAll(fd, buffer, path: path)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Makes the archive durable under its final name, then replaces the ledger.
    ///
    /// - Returns: The archive's path relative to the outbox.
    mutating func commit(replacing ledgerPath: String) throws(FileSystem.IOFailure) -> String {
        try FileSystem.writeAll(archiveDescriptor, archiveBuffer, path: archiveTemporary)
        try FileSystem.writeAll(ledgerDescriptor, ledgerBuffer, path: ledgerTemporary)
        try FileSystem.fsync(archiveDescriptor, path: archiveTemporary)
        try FileSystem.fsync(ledgerDescriptor, path: ledgerTemporary)
        try closeFiles()
        let folder = "\(root)/\(Outbox.archiveFolder)"
        if !FileSystem.exists(folder) {
            try FileSystem.makeDirectory(folder)
            try FileSystem.fsyncDirectory(root)
        }
        var fileName = "\(name).jsonl"
        var attempt = 1
        while true {
            do {
                try FileSystem.renameNoReplace(archiveTemporary, "\(folder)/\(fileName)")
                break
            } catch where error.errorNumber == EEXIST {
                attempt += 1
                fileName = "\(name)-\(attempt).jsonl"
            }
        }
        try FileSystem.fsyncDirectory(folder)
        if rename(ledgerTemporary, ledgerPath) != 0 {
            throw FileSystem.IOFailure(operation: "rename", path: "\(ledgerTemporary) -> \(ledgerPath)", errorNumber: errno)
        }
        try FileSystem.fsyncDirectory(root)
        return "\(Outbox.archiveFolder)/\(fileName)"
    }

    private mutating func closeFiles() throws(FileSystem.IOFailure) {
        guard isOpen else { return }
        isOpen = false
        let archiveClosed = Result { () throws(FileSystem.IOFailure) in
            try FileSystem.close(archiveDescriptor, path: archiveTemporary)
        }
        try FileSystem.close(ledgerDescriptor, path: ledgerTemporary)
        try archiveClosed.get()
    }

    /// Removes what is left of the temporary files after a failure: before the archive's
    /// rename nothing was committed; after it, the ledger still holds every line.
    mutating func discard() {
        try? closeFiles()
        try? FileSystem.unlinkIfPresent(archiveTemporary)
        try? FileSystem.unlinkIfPresent(ledgerTemporary)
    }
}
