import Foundation
import HeraldModel

/// A message the policy decided to send: everything the pipeline needs to render it and
/// everything `herald explain` shows.
public struct StagePlan: Sendable, Hashable {
    /// The customer's id.
    public var customerID: String
    /// The segment and how it was chosen.
    public var segment: SegmentMatch
    /// The stage to send.
    public var stage: Stage
    /// 1-based position of the stage in its workflow.
    public var stageIndex: Int
    /// How many stages the workflow has.
    public var stageCount: Int
    /// Days the oldest covered invoice is past due (negative before the due date).
    public var daysOverdue: Int
    /// The invoices the message covers, oldest due date first.
    public var invoices: [Invoice]
    /// The channel chosen.
    public var channel: ChannelKind
    /// Every channel considered, in order, with why it was taken or passed over.
    public var channelSteps: [ChannelStep]
    /// The fee charged with this stage (0 for none).
    public var fee: Decimal
    /// The currency of totals and fee: the customer's main currency.
    public var currency: String
    /// The open amount of the covered invoices in ``currency``.
    public var coveredTotal: Decimal
    /// Earlier stages that were due but never sent, skipped because the highest due stage wins.
    public var skippedStages: [String]
    /// A later stage that is due by the dates but waits for this one to go out first (see
    /// ``StageRequirement``), such as `'collection-handover' waits for 'final-notice' (not sent
    /// yet), then 14 days`; `nil` for none.
    public var heldBack: String?
    /// The stable identity of this message (customer, stage, covered invoice numbers).
    public var idempotencyKey: IdempotencyKey

    /// Creates a plan; ``Policy/decide(for:history:asOf:alreadySent:)`` is the usual source,
    /// previews build one for a stage chosen by hand.
    public init(
        customerID: String, segment: SegmentMatch, stage: Stage, stageIndex: Int, stageCount: Int, daysOverdue: Int,
        invoices: [Invoice], channel: ChannelKind, channelSteps: [ChannelStep], fee: Decimal, currency: String,
        coveredTotal: Decimal, skippedStages: [String], heldBack: String? = nil, idempotencyKey: IdempotencyKey
    ) {
        self.customerID = customerID
        self.segment = segment
        self.stage = stage
        self.stageIndex = stageIndex
        self.stageCount = stageCount
        self.daysOverdue = daysOverdue
        self.invoices = invoices
        self.channel = channel
        self.channelSteps = channelSteps
        self.fee = fee
        self.currency = currency
        self.coveredTotal = coveredTotal
        self.skippedStages = skippedStages
        self.heldBack = heldBack
        self.idempotencyKey = idempotencyKey
    }

    /// The covered invoice numbers, oldest first.
    public var invoiceNumbers: [String] { invoices.map(\.number) }

    /// The earliest due date of the covered invoices.
    public var oldestDueDate: LocalDate? { invoices.map(\.dueDate).min() }

    /// Whether this is the workflow's last stage.
    public var isFinal: Bool { stageIndex == stageCount }

    /// The channel choice as lines for `herald explain`, such as
    /// `preferred email: address 'not-an-email' is invalid: no '@' → fell back to letter`.
    public var channelReasons: [String] { ChannelStep.explain(channelSteps) }
}
