#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging

extension Outbox {
    /// Appends rejects to `rejects/<run-id>.jsonl`, one JSON object per line.
    ///
    /// Call it as rejects happen; the file is flushed by ``finish(manifest:)`` and ``close()``.
    /// The first write of a process truncates the file: a rerun under the same run id (after
    /// an interrupted run) replaces the interrupted attempt's rejects.
    /// In a dry run the rejects are only counted.
    ///
    /// - Parameter records: The records or messages that could not be produced.
    /// - Throws: `DiagnosticError` with `outbox.io-error` or `outbox.closed`.
    public func writeRejects(_ records: [RejectRecord]) throws {
        try mutex.withLock {
            try ensureOpen()
            state.rejectCount += records.count
            guard !options.dryRun, !records.isEmpty else { return }
            let path = "\(rootPath)/rejects/\(runID).jsonl"
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var buffer: [UInt8] = []
            for record in records {
                buffer.append(contentsOf: try encoder.encode(record))
                buffer.append(UInt8(ascii: "\n"))
            }
            do throws(FileSystem.IOFailure) {
                if state.rejectsDescriptor < 0 {
                    state.rejectsDescriptor = try FileSystem.open(path, O_WRONLY | O_CREAT | O_APPEND | O_TRUNC)
                }
                try FileSystem.writeAll(state.rejectsDescriptor, buffer, path: path)
            } catch {
                throw OutboxDiagnostics.io(error, doing: "writing rejects")
            }
        }
    }

    /// Writes a standalone collection-agency CSV into `handover/new/`, atomically (tmp, fsync,
    /// rename, fsync folder).
    ///
    /// This file is not in the ledger, so a rerun after a crash writes it again. For exactly-once
    /// handover, attach a ``HandoverRow`` to the message's ``OutboxItem`` instead.
    ///
    /// - Parameters:
    ///   - columns: The header names.
    ///   - rows: The rows, one value per column.
    /// - Returns: The file's path relative to the outbox root (`handover/new/…csv`).
    /// - Throws: `DiagnosticError` with `outbox.io-error` or `outbox.closed`.
    @discardableResult
    public func writeHandover(columns: [String], rows: [[String]]) throws -> String {
        try mutex.withLock {
            try ensureOpen()
            let bytes = CSV.document(columns: columns, rows: rows)
            let name = FileName.message(
                runID: runID, sequence: state.nextSequence, key: "handover-file\n\(state.nextSequence)", fileExtension: "csv")
            state.nextSequence += 1
            let relative = "\(OutboxFolder.handover.rawValue)/new/\(name)"
            guard !options.dryRun else {
                state.fileCount += 1
                return relative
            }
            try writeDurably([(.handover, name, bytes)])
            try publish([(.handover, name)])
            try appendToFilesList([relative])
            return relative
        }
    }

    /// Ends the run: flushes the rejects and writes `runs/<run-id>.json` atomically.
    ///
    /// The outbox fills in `runID`, `asOf`, `alreadySent`, `rejects`, `fileCount`, `filesList`, `dryRun` and the
    /// per-channel counts; the caller supplies the input, record count, segment and stage counts
    /// and durations. An empty rejects file is written when there were none, so "no rejects" is
    /// visible. In a dry run nothing is written.
    ///
    /// - Parameter manifest: The caller's part of the manifest.
    /// - Returns: The complete manifest, as written.
    /// - Throws: `DiagnosticError` with `outbox.io-error` or `outbox.closed`.
    @discardableResult
    public func finish(manifest: RunManifest) throws -> RunManifest {
        try mutex.withLock {
            try ensureOpen()
            var complete = manifest
            complete.runID = runID
            complete.asOf = asOf
            complete.alreadySent = state.alreadySentCount
            complete.rejects = state.rejectCount
            complete.dryRun = options.dryRun
            complete.fileCount = state.fileCount
            complete.filesList = options.dryRun ? nil : "runs/\(runID).files"
            complete.counts.byChannel = state.writtenByChannel
            guard !options.dryRun else { return complete }

            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            var bytes = Array(try encoder.encode(complete))
            bytes.append(UInt8(ascii: "\n"))
            let root = rootPath
            let rejectsPath = "\(root)/rejects/\(runID).jsonl"
            let runsTmp = "\(root)/runs/.\(runID).json.tmp"
            do throws(FileSystem.IOFailure) {
                if state.rejectsDescriptor < 0 {
                    state.rejectsDescriptor = try FileSystem.open(rejectsPath, O_WRONLY | O_CREAT | O_APPEND | O_TRUNC)
                }
                try FileSystem.fsync(state.rejectsDescriptor, path: rejectsPath)
                try FileSystem.fsyncDirectory(root + "/rejects")
                let listPath = "\(root)/runs/\(runID).files"
                if state.filesListDescriptor < 0 {
                    state.filesListDescriptor = try FileSystem.open(listPath, O_WRONLY | O_CREAT | O_APPEND)
                }
                try FileSystem.fsync(state.filesListDescriptor, path: listPath)
                try FileSystem.unlinkIfPresent(runsTmp)
                try FileSystem.createFile(runsTmp, bytes: bytes, sync: true)
                if rename(runsTmp, "\(root)/runs/\(runID).json") != 0 {
                    throw FileSystem.IOFailure(operation: "rename", path: runsTmp, errorNumber: errno)
                }
                try FileSystem.fsyncDirectory(root + "/runs")
            } catch {
                throw OutboxDiagnostics.io(error, doing: "writing the run manifest")
            }
            logger.info(
                "run finished",
                metadata: ["run": "\(runID)", "files": "\(complete.fileCount)", "rejects": "\(complete.rejects)"])
            return complete
        }
    }
}
