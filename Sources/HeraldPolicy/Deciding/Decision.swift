import HeraldDiagnostics

/// What the policy decided for one customer on one day.
public enum Decision: Sendable, Hashable {
    /// Send one message at this stage.
    case send(StagePlan)
    /// Nothing to send today (nothing overdue, next stage not reached, stage already sent).
    case nothingDue(DecisionReason)
    /// Deliberately not sent (dispute acknowledged and reminders held, customer on hold,
    /// payment promised, no usable channel).
    case held(DecisionReason)

    /// The segment the customer was put in.
    public var segment: SegmentMatch {
        switch self {
        case .send(let plan): plan.segment
        case .nothingDue(let reason), .held(let reason): reason.segment
        }
    }

    /// One line for logs and `herald explain`.
    public var summary: String {
        switch self {
        case .send(let plan):
            "send '\(plan.stage.id)' by \(plan.channel) (segment '\(plan.segment.id)', \(Counted.phrase(plan.daysOverdue, "day")) overdue, \(Counted.phrase(plan.invoiceNumbers.count, "invoice")))"
        case .nothingDue(let reason): "nothing due (segment '\(reason.segment.id)'): \(reason.text)"
        case .held(let reason): "held (segment '\(reason.segment.id)'): \(reason.text)"
        }
    }
}

/// Why nothing is sent, with the segment for context.
public struct DecisionReason: Sendable, Hashable {
    /// A stable code: `no-open-invoices`, `not-yet-due`, `already-sent`, `dispute-held`,
    /// `no-channel`, `no-workflow`, `on-hold`, `promised`, `below-minimum`.
    public var code: String
    /// What happened, for people.
    public var text: String
    /// The segment the customer was put in.
    public var segment: SegmentMatch
    /// The invoices this is about (the oldest overdue first), when any.
    public var invoiceNumbers: [String]
    /// Every channel considered, for a `no-channel` hold.
    public var channelSteps: [ChannelStep]

    /// Creates a reason.
    public init(
        code: String, text: String, segment: SegmentMatch, invoiceNumbers: [String] = [],
        channelSteps: [ChannelStep] = []
    ) {
        self.code = code
        self.text = text
        self.segment = segment
        self.invoiceNumbers = invoiceNumbers
        self.channelSteps = channelSteps
    }
}

/// How a customer's segment was chosen.
public struct SegmentMatch: Sendable, Hashable {
    /// How the segment was found.
    public enum Source: Sendable, Hashable {
        /// The input record's `segment` field.
        case data
        /// The rule at this index (0-based) in `segments:` matched.
        case rule(index: Int)
        /// No rule matched and this is the last, catch-all segment.
        case catchAll
    }

    /// The segment id.
    public var id: String
    /// How it was chosen.
    public var source: Source
    /// The condition that matched, as written, when a rule matched.
    public var condition: String?
    /// Notes on rules that could not be evaluated or a data segment that was not known.
    public var notes: [String]

    /// Creates a match.
    public init(id: String, source: Source, condition: String? = nil, notes: [String] = []) {
        self.id = id
        self.source = source
        self.condition = condition
        self.notes = notes
    }

    /// For people: "segment 'chronic-late': rule 3 matched (history.late_payments_12m >= 3)".
    public var explanation: String {
        switch source {
        case .data: "segment '\(id)': given in the input data"
        case .rule(let index):
            "segment '\(id)': rule \(index + 1) matched (\(condition ?? ""))"
        case .catchAll: "segment '\(id)': no rule matched, catch-all segment"
        }
    }
}
