import HeraldDiagnostics
import HeraldModel
import HeraldPolicy

/// Everything ``MessageComposer`` found out about one customer: the decision trail
/// (`herald explain` prints it) and the result: a finished message, nothing due, held, or a
/// rejection with its reason.
public struct ComposedOutcome: Sendable {
    /// The customer's id.
    public var customerID: String
    /// The payment history figures as of the run's date.
    public var history: PaymentHistory
    /// The policy's decision: segment, stage, days overdue, channel steps and fallbacks. For a
    /// forced stage or channel, the decision as adjusted by the force.
    public var decision: Decision
    /// What came of it.
    public var result: Result

    /// What came of the decision.
    public enum Result: Sendable {
        /// A message, rendered, checked and turned into channel bytes.
        case message(ComposedMessage)
        /// Nothing to send today (nothing overdue, next stage not reached, already sent).
        case nothingDue(DecisionReason)
        /// Deliberately not sent: a dispute was acknowledged and reminders are held.
        case held(DecisionReason)
        /// The message could not be produced; the run writes this to the rejects report.
        case rejected(MessageRejection)
    }

    /// The segment the customer was put in, and how.
    public var segment: SegmentMatch { decision.segment }

    /// The finished message, when there is one.
    public var message: ComposedMessage? {
        if case .message(let message) = result { return message }
        return nil
    }

    /// The rejection, when the message could not be produced.
    public var rejection: MessageRejection? {
        if case .rejected(let rejection) = result { return rejection }
        return nil
    }
}

/// Why a message could not be produced, for the rejects report and for `herald explain`.
public struct MessageRejection: Sendable, Hashable {
    /// The stage the message was for, when one was reached.
    public var stage: String?
    /// The channel that was being built, when one was chosen.
    public var channel: ChannelKind?
    /// Every problem found; the first is the main reason. Each carries a stable code
    /// (`liquid.undefined-variable`, `xml.dtd-invalid`, `sms.too-many-segments`,
    /// `policy.no-channel`, …) and, for template problems, `file:line:column`.
    public var diagnostics: [Diagnostic]

    /// Creates a rejection.
    public init(stage: String?, channel: ChannelKind?, diagnostics: [Diagnostic]) {
        self.stage = stage
        self.channel = channel
        self.diagnostics = diagnostics
    }

    /// The main reason's code.
    public var code: String { diagnostics.first?.code.rawValue ?? "run.rejected" }

    /// One line for the rejects report: every error's headline (`file:line:column: message`),
    /// separated by `; `.
    public var reason: String {
        diagnostics.filter { $0.severity == .error }.map { diagnostic in
            guard let location = diagnostic.location else { return diagnostic.message }
            return "\(location): \(diagnostic.message)"
        }.joined(separator: "; ")
    }
}
