import Foundation
import HeraldDiagnostics
import HeraldModel

/// The dunning policy from `herald.yaml`: who sends, how customers are segmented, and each
/// segment's workflow. Immutable and `Sendable`: load it once, then call
/// ``decide(for:history:asOf:alreadySent:)`` for every customer from any thread.
///
/// ```swift
/// let policy = try Policy.load(from: projectRoot.appendingPathComponent("herald.yaml"))
/// let history = PaymentHistory(invoices: customer.invoices, asOf: asOf, rules: policy.historyRules)
/// switch policy.decide(for: customer, history: history, asOf: asOf, alreadySent: sent) {
/// case .send(let plan): …
/// case .nothingDue(let reason), .held(let reason): …
/// }
/// ```
public struct Policy: Sendable {
    /// Who messages come from.
    public var sender: SenderIdentity
    /// The company details letters and templates show.
    public var company: CompanyDetails
    /// Days the customer gets to pay after a message: `message.pay_by` is `asOf` plus this.
    public var paymentTermDays: Int
    /// How the payment history is computed.
    public var historyRules: PaymentHistory.Rules
    /// The least a reminder is sent for: when the invoices a dunning message would cover add
    /// up to less (in their currency), nothing is sent. 0 for no minimum. Disputes are
    /// acknowledged whatever the amount.
    public var minimumAmount: Decimal
    /// Segment rules in the order they are tried; the first match wins.
    public var segments: [SegmentRule]
    /// Workflows by segment id.
    public var workflows: [String: Workflow]

    /// Creates a policy; ``load(from:conditions:)`` is the usual way.
    public init(
        sender: SenderIdentity, company: CompanyDetails, paymentTermDays: Int = 14,
        historyRules: PaymentHistory.Rules = .init(), minimumAmount: Decimal = 0, segments: [SegmentRule],
        workflows: [String: Workflow]
    ) {
        self.sender = sender
        self.company = company
        self.paymentTermDays = paymentTermDays
        self.historyRules = historyRules
        self.minimumAmount = minimumAmount
        self.segments = segments
        self.workflows = workflows
    }

    /// The segment ids in rule order.
    public var segmentIDs: [String] { segments.map(\.id) }

    /// The date a message sent on `asOf` asks payment by.
    public func payBy(asOf: LocalDate) -> LocalDate { asOf.adding(days: paymentTermDays) }
}
