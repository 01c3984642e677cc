#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging

extension Outbox {
    /// Writes a batch of messages and publishes them, durable before visible.
    ///
    /// Steps: (1) write every file into its folder's `tmp/` and flush them (per ``SyncStrategy``);
    /// (2) append one ledger line per message and fsync the ledger: the commit point; (3) rename
    /// every file from `tmp/` to `new/`; (4) fsync the `new/` folders. A crash before (2) leaves
    /// only uncommitted `tmp/` files, which the next open deletes; a crash after (2) leaves
    /// committed files that the next open publishes.
    ///
    /// Items whose key the ledger already has, or that repeat a key earlier in the batch, are
    /// skipped and listed in the result. Handover rows of the batch go into one CSV per set of
    /// columns, and listing entries into one listing file per folder (see ``OutboxListing``),
    /// both published after the messages.
    ///
    /// - Parameter items: The messages; a few hundred per call is a good size.
    /// - Returns: What was written and what was skipped.
    /// - Throws: `DiagnosticError` (`outbox.invalid-extension`, `outbox.empty-key`,
    ///   `outbox.io-error`, `outbox.closed`). On an error before the commit point nothing of
    ///   the batch is sent; after it, the batch is committed and the next open publishes it.
    @discardableResult
    public func commit(_ items: [OutboxItem]) throws -> CommitResult {
        try mutex.withLock { try commitLocked(items) }
    }

    private func commitLocked(_ items: [OutboxItem]) throws -> CommitResult {
        try ensureOpen()
        var result = CommitResult()
        var planned: [(entry: LedgerEntry, bytes: [UInt8], handover: HandoverRow?, listing: OutboxListing?)] = []
        var batchKeys: Set<String> = []
        var sequence = state.nextSequence
        for item in items {
            guard !item.key.isEmpty else { throw OutboxDiagnostics.emptyKey(customerID: item.customerID) }
            guard let ext = FileName.normalizedExtension(item.fileExtension) else {
                throw OutboxDiagnostics.invalidExtension(item.fileExtension, key: item.key)
            }
            if state.ledger.contains(item.key) || !batchKeys.insert(item.key).inserted {
                result.skippedKeys.append(item.key)
                continue
            }
            if let listing = item.listing {
                // The listing is named like the message: it needs an extension of its own.
                guard let listingExt = FileName.normalizedExtension(listing.fileExtension) else {
                    throw OutboxDiagnostics.invalidExtension(listing.fileExtension, key: item.key)
                }
                guard listingExt != ext else {
                    throw OutboxDiagnostics.listingExtensionClash(listingExt, key: item.key)
                }
            }
            let name = FileName.message(runID: runID, sequence: sequence, key: item.key, fileExtension: ext)
            sequence += 1
            let entry = LedgerEntry(
                key: item.key, customerID: item.customerID, stage: item.stage, channel: item.folder,
                invoices: item.invoices, file: name, runID: runID, asOf: asOf)
            planned.append((entry, item.bytes, item.handover, item.listing))
        }

        let listings = listingFiles(for: &planned, sequence: &sequence)

        // Handover rows: one CSV per distinct header, named like a message file.
        var handovers: [(name: String, bytes: [UInt8])] = []
        var columnsOrder: [[String]] = []
        var rowsByColumns: [[String]: [(index: Int, row: HandoverRow)]] = [:]
        for (index, message) in planned.enumerated() {
            guard let row = message.handover else { continue }
            if rowsByColumns[row.columns] == nil { columnsOrder.append(row.columns) }
            rowsByColumns[row.columns, default: []].append((index, row))
        }
        for columns in columnsOrder {
            let rows = rowsByColumns[columns] ?? []
            let name = collectingFileName(
                "handover", keys: rows.map { planned[$0.index].entry.key }, fileExtension: "csv", sequence: &sequence)
            handovers.append((name, CSV.document(columns: columns, rows: rows.map(\.row.values))))
            for row in rows { planned[row.index].entry.handoverFile = name }
        }

        result.written = planned.map(\.entry)
        result.handoverFiles = handovers.map(\.name)
        result.listingFiles = listings.map(\.name)
        state.alreadySentCount += result.skippedKeys.count
        guard !planned.isEmpty else { return result }

        if options.dryRun {
            for message in planned {
                if options.keepsEntries {
                    state.ledger.record(message.entry)
                } else {
                    state.ledger.recordKey(message.entry.key)
                }
            }
            state.nextSequence = sequence
            noteWritten(result.written)
            state.fileCount += result.written.count + listings.count + handovers.count
            return result
        }

        // Messages first, so each listing and hand-over file is published after what it names.
        var files = planned.map { (folder: $0.entry.channel, name: $0.entry.file, bytes: $0.bytes) }
        files += listings
        files += handovers.map { (.handover, $0.name, $0.bytes) }
        try writeDurably(files)
        try state.ledger.append(result.written, indexing: options.keepsEntries)  // the commit point
        state.nextSequence = sequence
        noteWritten(result.written)
        try publish(files.map { ($0.folder, $0.name) })
        try appendToFilesList(files.map { "\($0.folder.rawValue)/new/\($0.name)" })
        logger.debug("committed batch", metadata: ["files": "\(files.count)", "skipped": "\(result.skippedKeys.count)"])
        return result
    }

    /// Counts the batch's messages per channel for the manifest.
    private func noteWritten(_ entries: [LedgerEntry]) {
        for entry in entries { state.writtenByChannel[entry.channel.rawValue, default: 0] += 1 }
    }

    /// Builds one listing file per folder from the batch's listing entries and records its
    /// name in the entries it lists. A listing takes the first listed message's extension,
    /// header and footer.
    private func listingFiles(
        for planned: inout [(entry: LedgerEntry, bytes: [UInt8], handover: HandoverRow?, listing: OutboxListing?)],
        sequence: inout Int
    ) -> [(folder: OutboxFolder, name: String, bytes: [UInt8])] {
        var listings: [(folder: OutboxFolder, name: String, bytes: [UInt8])] = []
        for folder in OutboxFolder.allCases {
            let listed = planned.indices.filter { planned[$0].entry.channel == folder && planned[$0].listing != nil }
            guard let first = listed.first.flatMap({ planned[$0].listing }),
                let ext = FileName.normalizedExtension(first.fileExtension)
            else { continue }
            let name = collectingFileName(
                "listing", keys: listed.map { planned[$0].entry.key }, fileExtension: ext, sequence: &sequence)
            var bytes = first.header
            for index in listed {
                bytes += planned[index].listing?.makeEntry(planned[index].entry.file) ?? []
                planned[index].entry.listingFile = name
            }
            bytes += first.footer
            listings.append((folder, name, bytes))
        }
        return listings
    }

    /// The name of a file that collects messages of the batch (a hand-over CSV, a listing):
    /// named like a message file, with the next sequence number and a hash of its kind and the
    /// keys it holds.
    private func collectingFileName(_ kind: String, keys: [String], fileExtension: String, sequence: inout Int)
        -> String
    {
        defer { sequence += 1 }
        return FileName.message(
            runID: runID, sequence: sequence, key: ([kind] + keys).joined(separator: "\n"), fileExtension: fileExtension)
    }

    /// Appends published paths to `runs/<run-id>.files` (flushed by ``finish(manifest:)``), so
    /// the run's file list never has to be held in memory.
    func appendToFilesList(_ paths: [String]) throws {
        state.fileCount += paths.count
        guard !paths.isEmpty else { return }
        let path = "\(rootPath)/runs/\(runID).files"
        var buffer: [UInt8] = []
        for relative in paths {
            buffer.append(contentsOf: relative.utf8)
            buffer.append(UInt8(ascii: "\n"))
        }
        do throws(FileSystem.IOFailure) {
            if state.filesListDescriptor < 0 {
                state.filesListDescriptor = try FileSystem.open(path, O_WRONLY | O_CREAT | O_APPEND)
            }
            try FileSystem.writeAll(state.filesListDescriptor, buffer, path: path)
        } catch {
            throw OutboxDiagnostics.io(error, doing: "listing the run's files")
        }
    }

    /// Step 1: writes the files into `tmp/` and makes them durable. On failure, removes what it wrote.
    func writeDurably(_ files: [(folder: OutboxFolder, name: String, bytes: [UInt8])]) throws {
        let root = rootPath
        var created: [String] = []
        do throws(FileSystem.IOFailure) {
            switch options.sync {
            case .perFile:
                for file in files {
                    let path = "\(root)/\(file.folder.rawValue)/tmp/\(file.name)"
                    try FileSystem.createFile(path, bytes: file.bytes, sync: true)
                    created.append(path)
                }
            case .batched:
                for file in files {
                    let path = "\(root)/\(file.folder.rawValue)/tmp/\(file.name)"
                    try FileSystem.createFile(path, bytes: file.bytes, sync: false)
                    created.append(path)
                }
                for path in created {
                    let fd = try FileSystem.open(path, O_RDONLY)
                    defer { _ = try? FileSystem.close(fd, path: path) }
                    try FileSystem.fsync(fd, path: path)
                }
            case .filesystem:
                for file in files {
                    let path = "\(root)/\(file.folder.rawValue)/tmp/\(file.name)"
                    try FileSystem.createFile(path, bytes: file.bytes, sync: false)
                    created.append(path)
                }
                try FileSystem.syncFilesystem(containing: root)
            }
        } catch {
            for path in created { try? FileSystem.unlinkIfPresent(path) }
            throw OutboxDiagnostics.io(error, doing: "writing a batch")
        }
    }

    /// Steps 3 and 4: renames committed files from `tmp/` to `new/`, then fsyncs each `new/` once.
    func publish(_ files: [(folder: OutboxFolder, name: String)]) throws {
        let root = rootPath
        do throws(FileSystem.IOFailure) {
            var folders: Set<OutboxFolder> = []
            for file in files {
                let base = "\(root)/\(file.folder.rawValue)"
                try FileSystem.renameNoReplace("\(base)/tmp/\(file.name)", "\(base)/new/\(file.name)")
                folders.insert(file.folder)
            }
            for folder in OutboxFolder.allCases where folders.contains(folder) {
                try FileSystem.fsyncDirectory("\(root)/\(folder.rawValue)/new")
            }
        } catch {
            throw OutboxDiagnostics.io(error, doing: "publishing a committed batch (the next run finishes it)")
        }
    }
}
