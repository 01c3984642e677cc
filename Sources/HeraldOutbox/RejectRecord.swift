import HeraldDiagnostics

/// One input record or message that could not be produced, for `rejects/<run-id>.jsonl`.
///
/// A line of the file is this value as JSON:
/// `{"code":"model.missing-field","customer_id":"C1","line":12,"message":"…","stage":"reminder-1"}`.
public struct RejectRecord: Sendable, Hashable, Codable {
    /// The 1-based line of the input file, when the reject is tied to one.
    public var line: Int?
    /// The customer id, when known.
    public var customerID: String?
    /// The stage of the message that failed, when the failure is per message.
    public var stage: String?
    /// The reason code, such as `liquid.undefined-variable`.
    public var code: String
    /// One line saying what went wrong.
    public var message: String

    /// Creates a reject.
    ///
    /// - Parameters:
    ///   - line: The 1-based input line.
    ///   - customerID: The customer id.
    ///   - stage: The stage of the message that failed.
    ///   - code: The reason code.
    ///   - message: What went wrong.
    public init(line: Int?, customerID: String?, stage: String? = nil, code: String, message: String) {
        self.line = line
        self.customerID = customerID
        self.stage = stage
        self.code = code
        self.message = message
    }

    /// Creates a reject from a diagnostic, keeping its code and message.
    ///
    /// - Parameters:
    ///   - diagnostic: Why the record or message was rejected.
    ///   - line: The 1-based input line.
    ///   - customerID: The customer id.
    ///   - stage: The stage of the message that failed.
    public init(_ diagnostic: Diagnostic, line: Int?, customerID: String?, stage: String? = nil) {
        self.init(line: line, customerID: customerID, stage: stage, code: diagnostic.code.rawValue, message: diagnostic.message)
    }

    enum CodingKeys: String, CodingKey {
        case line
        case customerID = "customer_id"
        case stage, code, message
    }
}
