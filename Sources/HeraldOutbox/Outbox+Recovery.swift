import Logging

extension Outbox {
    /// Finishes or undoes the batch an interrupted run left behind.
    ///
    /// For every file in a `tmp/` folder:
    /// - its name is in the ledger (committed) and it is not yet in `new/` or `cur/`: rename it
    ///   into `new/`, finishing the commit;
    /// - its name is in the ledger and already published: delete the leftover copy;
    /// - its name is not in the ledger: delete it; the next run renders it again.
    ///
    /// Listing files (print manifests) go last, after the messages they name.
    ///
    /// Must run while holding the outbox lock.
    static func recover(root: String, ledger: Ledger, logger: Logger) throws -> RecoveryReport {
        var report = RecoveryReport()
        do throws(FileSystem.IOFailure) {
            for folder in OutboxFolder.allCases {
                let base = "\(root)/\(folder.rawValue)"
                let names = try FileSystem.listDirectory(base + "/tmp")
                guard !names.isEmpty else { continue }
                var touchedNew = false
                let sorted = names.sorted()
                let isListing = { (name: String) in ledger.listingWatched.contains("\(folder.rawValue)/\(name)") }
                for name in sorted.filter({ !isListing($0) }) + sorted.filter(isListing) {
                    let tmpPath = "\(base)/tmp/\(name)"
                    guard ledger.committedWatched.contains("\(folder.rawValue)/\(name)") else {
                        try FileSystem.unlinkIfPresent(tmpPath)
                        report.discarded.append("\(folder.rawValue)/tmp/\(name)")
                        continue
                    }
                    if try isPublished(name: name, folder: base) {
                        try FileSystem.unlinkIfPresent(tmpPath)
                        continue
                    }
                    try FileSystem.renameNoReplace(tmpPath, "\(base)/new/\(name)")
                    report.published.append("\(folder.rawValue)/new/\(name)")
                    touchedNew = true
                }
                if touchedNew { try FileSystem.fsyncDirectory(base + "/new") }
                try FileSystem.fsyncDirectory(base + "/tmp")
            }
        } catch {
            throw OutboxDiagnostics.io(error, doing: "recovering the outbox")
        }
        if !report.isClean {
            logger.notice(
                "recovered an interrupted run",
                metadata: ["published": "\(report.published.count)", "discarded": "\(report.discarded.count)"])
        }
        return report
    }

    /// Whether `name` is already in `new/`, or in `cur/` under its Maildir name (`name` or `name:2,FLAGS`).
    private static func isPublished(name: String, folder: String) throws(FileSystem.IOFailure) -> Bool {
        if FileSystem.exists("\(folder)/new/\(name)") || FileSystem.exists("\(folder)/cur/\(name)") { return true }
        return try FileSystem.listDirectory(folder + "/cur").contains { $0.hasPrefix(name + ":") }
    }
}
