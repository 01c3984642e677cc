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
    /// The message's entry in its batch's listing file, such as a letter's entry in the batch's
    /// print manifest.
    public var listing: OutboxListing?

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
    ///   - listing: The message's entry in its batch's listing file (a print manifest).
    public init(
        folder: OutboxFolder,
        fileExtension: String,
        bytes: [UInt8],
        key: String,
        customerID: String,
        stage: String,
        invoices: [String],
        handover: HandoverRow? = nil,
        listing: OutboxListing? = nil
    ) {
        self.folder = folder
        self.fileExtension = fileExtension
        self.bytes = bytes
        self.key = key
        self.customerID = customerID
        self.stage = stage
        self.invoices = invoices
        self.handover = handover
        self.listing = listing
    }
}

/// A message's entry in a file that lists the batch's messages of one folder: a letter's entry
/// in the batch's print manifest.
///
/// Per batch and folder, the outbox writes one listing file: the first listed message's
/// ``header``, every listed message's entry in commit order, then that message's ``footer``.
/// It is named like a message file, with its own extension (`<run>.<seq>.<hash>.xml`), and is
/// published after the messages it lists, so an agent that sees a listing finds every file it
/// names.
public struct OutboxListing: Sendable {
    /// The listing file's extension without the dot; 1–16 ASCII letters or digits, different
    /// from the message's.
    public var fileExtension: String
    /// The bytes before the first entry.
    public var header: [UInt8]
    /// The bytes after the last entry.
    public var footer: [UInt8]
    /// Makes the message's entry from the message file's name (a print manifest names the
    /// document it describes).
    public var makeEntry: @Sendable (_ messageFileName: String) -> [UInt8]

    /// Creates a listing entry.
    ///
    /// - Parameters:
    ///   - fileExtension: The listing file's extension.
    ///   - header: The bytes before the first entry.
    ///   - footer: The bytes after the last entry.
    ///   - makeEntry: Makes the message's entry from its file name.
    public init(
        fileExtension: String, header: [UInt8], footer: [UInt8],
        makeEntry: @escaping @Sendable (_ messageFileName: String) -> [UInt8]
    ) {
        self.fileExtension = fileExtension
        self.header = header
        self.footer = footer
        self.makeEntry = makeEntry
    }
}
