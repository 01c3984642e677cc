/// One rendered message handed to the outbox, with its idempotency key and ledger metadata.
public struct OutboxItem: Sendable {
    /// The folder (channel) the file goes to.
    public var folder: OutboxFolder
    /// The file extension without the dot (`eml`, `json`, `xhtml`); 1–16 ASCII letters or digits.
    public var fileExtension: String
    /// The file's content, written as is.
    public var bytes: [UInt8]
    /// The idempotency key: the same message always has the same key (customer, stage and the
    /// set of invoices). The outbox never sends two files with one key.
    public var key: String
    /// The customer the message is for.
    public var customerID: String
    /// The dunning stage (`reminder-1`, …).
    public var stage: String
    /// The invoice numbers the message covers.
    public var invoices: [String]
    /// A row for the collection-agency CSV, for `collection-handover` messages.
    public var handover: HandoverRow?
    /// A second file that belongs to the message, such as a letter's print manifest: written,
    /// committed and published with it, in the same folder, under the same name with its own
    /// extension.
    public var companion: OutboxCompanion?

    /// Creates an item.
    ///
    /// - Parameters:
    ///   - folder: The folder (channel) the file goes to.
    ///   - fileExtension: The extension without the dot.
    ///   - bytes: The file's content.
    ///   - key: The idempotency key.
    ///   - customerID: The customer the message is for.
    ///   - stage: The dunning stage.
    ///   - invoices: The invoice numbers the message covers.
    ///   - handover: A collection-agency CSV row committed together with the message.
    ///   - companion: A second file published with the message (a print manifest).
    public init(
        folder: OutboxFolder,
        fileExtension: String,
        bytes: [UInt8],
        key: String,
        customerID: String,
        stage: String,
        invoices: [String],
        handover: HandoverRow? = nil,
        companion: OutboxCompanion? = nil
    ) {
        self.folder = folder
        self.fileExtension = fileExtension
        self.bytes = bytes
        self.key = key
        self.customerID = customerID
        self.stage = stage
        self.invoices = invoices
        self.handover = handover
        self.companion = companion
    }
}

/// A file published together with a message, named after it: the message file
/// `<run>.<seq>.<hash>.xhtml` gets the companion `<run>.<seq>.<hash>.xml`.
public struct OutboxCompanion: Sendable {
    /// The companion's extension without the dot; 1–16 ASCII letters or digits, different
    /// from the message's.
    public var fileExtension: String
    /// Makes the companion's bytes from the message file's name (a print manifest names the
    /// document it describes).
    public var makeBytes: @Sendable (_ messageFileName: String) -> [UInt8]

    /// Creates a companion.
    ///
    /// - Parameters:
    ///   - fileExtension: The companion's extension.
    ///   - makeBytes: Makes its bytes from the message file's name.
    public init(fileExtension: String, makeBytes: @escaping @Sendable (_ messageFileName: String) -> [UInt8]) {
        self.fileExtension = fileExtension
        self.makeBytes = makeBytes
    }
}
