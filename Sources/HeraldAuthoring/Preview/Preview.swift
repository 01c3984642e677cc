import HeraldModel
import HeraldPolicy
import HeraldRun

/// What a customer would receive, built by the run's own composer: the message the run
/// would send (``primary``), and the same stage forced into each other channel for the
/// side-by-side page.
public struct Preview: Sendable {
    /// One channel's column on the page.
    public struct Column: Sendable {
        /// The channel.
        public var channel: ChannelKind
        /// The composer's outcome for it; `nil` when the stage never sends by this channel.
        public var outcome: ComposedOutcome?
        /// Why there is no outcome, when there is none.
        public var note: String?
        /// Whether this is the message the run sends (not a channel forced for the preview).
        public var isSent: Bool
    }

    /// The customer.
    public var customer: Customer
    /// The day looked at.
    public var asOf: LocalDate
    /// What the run would do (with the stage or channel forced when asked).
    public var primary: ComposedOutcome
    /// One column per channel when a stage was reached: the message the run sends first,
    /// then the other channels in `ChannelKind` order.
    public var columns: [Column]
    /// Who the messages come from, as the policy says.
    public var sender: SenderIdentity

    /// Builds a preview.
    ///
    /// - Parameters:
    ///   - customer: The customer with all their invoices.
    ///   - asOf: The day to look at.
    ///   - composer: The run's composer.
    ///   - alreadySent: The stages the ledger counts as sent (see ``Explanation/alreadySent(customer:ledger:)``).
    ///   - stage: A stage to preview whatever the dates say.
    ///   - channel: A channel to preview instead of the policy's choice.
    public init(
        customer: Customer, asOf: LocalDate, composer: MessageComposer, alreadySent: [String: LocalDate], stage: String? = nil,
        channel: ChannelKind? = nil
    ) {
        let primary = composer.compose(
            customer: customer, asOf: asOf, alreadySent: alreadySent, forcedStage: stage, forcedChannel: channel)
        var columns: [Column] = []
        if case .send(let plan) = primary.decision {
            for kind in ChannelKind.allCases {
                if kind == plan.channel {
                    columns.append(Column(channel: kind, outcome: primary, isSent: true))
                } else if !LintCombination.channels(of: plan.stage).contains(kind) {
                    let note = "stage '\(plan.stage.id)' never sends by \(kind.rawValue) (channels: \(LintCombination.channels(of: plan.stage).map(\.rawValue).joined(separator: ", ")))"
                    columns.append(Column(channel: kind, outcome: nil, note: note, isSent: false))
                } else {
                    let forced = composer.compose(
                        customer: customer, asOf: asOf, alreadySent: alreadySent, forcedStage: plan.stage.id, forcedChannel: kind)
                    columns.append(Column(channel: kind, outcome: forced, isSent: false))
                }
            }
        }
        self.customer = customer
        self.asOf = asOf
        self.primary = primary
        self.sender = composer.context.policy.sender
        self.columns = columns.filter(\.isSent) + columns.filter { !$0.isSent }
    }

    /// An email's From and To as a mail client shows them: display names as written, not
    /// encoded for the header.
    var shownEmailAddresses: (from: String, to: String) {
        let fromName = sender.emailFromName(locale: customer.locale)
        let from = fromName.isEmpty ? sender.emailFromAddress : "\(fromName) <\(sender.emailFromAddress)>"
        let to = customer.displayName.isEmpty ? customer.email : "\(customer.displayName) <\(customer.email)>"
        return (from, to)
    }

    /// The plan of the previewed message, when a stage was reached.
    public var plan: StagePlan? {
        if case .send(let plan) = primary.decision { return plan }
        return nil
    }
}
