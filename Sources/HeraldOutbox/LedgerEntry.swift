import HeraldDiagnostics

/// One committed message, as recorded in `ledger.jsonl`.
///
/// A line of the ledger is this value as JSON with snake_case keys:
/// `{"as_of":"2026-11-29","channel":"email","customer_id":"C1","file":"….eml",
/// "invoices":["I1"],"key":"…","run_id":"…","stage":"reminder-1"}` plus `handover_file` when
/// the message carried a handover row, and `listing_file` when a listing file (a print
/// manifest) names it.
public struct LedgerEntry: Sendable, Hashable, Codable {
    /// The idempotency key.
    public var key: String
    /// The customer the message was for.
    public var customerID: String
    /// The dunning stage.
    public var stage: String
    /// The folder (channel) the file went to.
    public var channel: OutboxFolder
    /// The invoice numbers the message covered.
    public var invoices: [String]
    /// The file name (the same in `tmp/` and `new/`).
    public var file: String
    /// The run that sent it, as it appears in file names.
    public var runID: String
    /// The run's as-of date (`YYYY-MM-DD`).
    public var asOf: String
    /// The handover CSV (in `handover/`) holding this message's row, if any.
    public var handoverFile: String?
    /// The listing file (the batch's print manifest) in the same folder that names this
    /// message, if any.
    public var listingFile: String?

    /// Creates an entry.
    public init(
        key: String, customerID: String, stage: String, channel: OutboxFolder, invoices: [String],
        file: String, runID: String, asOf: String, handoverFile: String? = nil
    ) {
        self.key = key
        self.customerID = customerID
        self.stage = stage
        self.channel = channel
        self.invoices = invoices
        self.file = file
        self.runID = runID
        self.asOf = asOf
        self.handoverFile = handoverFile
    }

    /// The path of the file relative to the outbox root, once published: `email/new/<file>`.
    public var relativePath: String { "\(channel.rawValue)/new/\(file)" }

    /// Appends the entry as one ledger line: JSON with sorted keys, as `JSONDecoder` reads it
    /// back, and a line feed.
    ///
    /// Written by hand because `JSONEncoder` cost about 1% of a run's CPU time here.
    func appendLine(to buffer: inout [UInt8]) {
        func field(_ name: StaticString, _ value: String, first: Bool = false) {
            buffer.append(UInt8(ascii: first ? "{" : ","))
            buffer += UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            JSONQuoting.append(value, to: &buffer)
        }
        field("\"as_of\":", asOf, first: true)
        field("\"channel\":", channel.rawValue)
        field("\"customer_id\":", customerID)
        field("\"file\":", file)
        if let handoverFile { field("\"handover_file\":", handoverFile) }
        buffer += Array(",\"invoices\":[".utf8)
        for (index, invoice) in invoices.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            JSONQuoting.append(invoice, to: &buffer)
        }
        buffer.append(UInt8(ascii: "]"))
        field("\"key\":", key)
        if let listingFile { field("\"listing_file\":", listingFile) }
        field("\"run_id\":", runID)
        field("\"stage\":", stage)
        buffer += [UInt8(ascii: "}"), UInt8(ascii: "\n")]
    }

    enum CodingKeys: String, CodingKey {
        case key
        case customerID = "customer_id"
        case stage, channel, invoices, file
        case runID = "run_id"
        case asOf = "as_of"
        case handoverFile = "handover_file"
        case listingFile = "listing_file"
    }

    /// Keys of older ledgers.
    private enum LegacyKeys: String, CodingKey {
        /// A letter's own print manifest, before manifests listed a whole batch.
        case companionFile = "companion_file"
    }

    /// Reads an entry, including one from a ledger written before batch manifests, so their
    /// committed manifests are still recovered.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        customerID = try container.decode(String.self, forKey: .customerID)
        stage = try container.decode(String.self, forKey: .stage)
        channel = try container.decode(OutboxFolder.self, forKey: .channel)
        invoices = try container.decode([String].self, forKey: .invoices)
        file = try container.decode(String.self, forKey: .file)
        runID = try container.decode(String.self, forKey: .runID)
        asOf = try container.decode(String.self, forKey: .asOf)
        handoverFile = try container.decodeIfPresent(String.self, forKey: .handoverFile)
        listingFile = try container.decodeIfPresent(String.self, forKey: .listingFile)
            ?? decoder.container(keyedBy: LegacyKeys.self).decodeIfPresent(String.self, forKey: .companionFile)
    }
}
