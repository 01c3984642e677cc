import HeraldDiagnostics

/// The diagnostics the outbox reports. Codes are listed in `docs/outbox.md`.
enum OutboxDiagnostics {
    static func locked(outbox: String, holder: String?) -> DiagnosticError {
        let who = holder.map { "another run (pid \($0))" } ?? "another run"
        return DiagnosticError(
            .error(
                "outbox.locked", "outbox '\(outbox)' is in use by \(who)",
                at: SourceLocation(file: outbox + "/.lock", line: 1),
                help: "wait for that run to finish; the lock is released when its process ends, so no lock file needs removing"
            ))
    }

    static func io(_ failure: FileSystem.IOFailure, doing what: String) -> DiagnosticError {
        DiagnosticError(
            .error(
                "outbox.io-error", "\(what): \(failure.operation) failed for '\(failure.path)': \(failure.reason)",
                help: "check that the outbox folder exists, is writable and its disk is not full; the run can be repeated safely"
            ))
    }

    static func ledgerCorrupt(path: String, line: Int, reason: String) -> DiagnosticError {
        DiagnosticError(
            .error(
                "outbox.ledger-corrupt", "ledger line is not a valid entry: \(reason)",
                at: SourceLocation(file: path, line: line, column: 1),
                help: "the ledger records what was sent; restore it from a backup, or repair the line by hand after checking the files it names in the channel folders"
            ))
    }

    static func invalidExtension(_ ext: String, key: String) -> DiagnosticError {
        DiagnosticError(
            .error(
                "outbox.invalid-extension", "file extension '\(ext)' is not 1-16 ASCII letters or digits (message key hash \(FileName.keyHash(key)))",
                help: "use a plain extension such as 'eml', 'json' or 'xhtml'"
            ))
    }

    /// A listing named like its message would take the message's file name.
    static func listingExtensionClash(_ ext: String, key: String) -> DiagnosticError {
        DiagnosticError(
            .error(
                "outbox.invalid-extension",
                "the listing's extension '\(ext)' is its message's own, so the two files would share a name (message key hash \(FileName.keyHash(key)))",
                help: "give the listing an extension of its own, such as 'xml' for a print manifest"
            ))
    }

    static func emptyKey(customerID: String) -> DiagnosticError {
        DiagnosticError(
            .error(
                "outbox.empty-key", "message for customer '\(customerID)' has an empty idempotency key",
                help: "build the key from customer id, stage and the invoice numbers"
            ))
    }

    static func closed() -> DiagnosticError {
        DiagnosticError(
            .error("outbox.closed", "the outbox was used after close()", help: "open the outbox again for a new run"))
    }
}
