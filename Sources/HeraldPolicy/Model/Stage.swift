import Foundation
import HeraldDiagnostics
import HeraldModel

/// One step of a workflow: which template goes out, when, and through which channel.
public struct Stage: Sendable, Hashable {
    /// The stage id, which is also the template folder (`reminder-1`, `final-notice`, …).
    public var id: String
    /// Days relative to the due date of the oldest open invoice (negative: before it).
    public var dayOffset: Int
    /// The channel to try first.
    public var channel: ChannelRule
    /// Channels to try, in order, when the first one's contact data is missing or invalid.
    public var fallback: [ChannelKind]
    /// The only channels this stage may use (such as email and SMS for a courtesy notice);
    /// `nil` allows every channel.
    public var allowed: [ChannelKind]?
    /// The template folder; the stage id unless `herald.yaml` says otherwise.
    public var template: String
    /// A fee added to the amount due, in the customer's main currency; `nil` for none.
    public var fee: Decimal?
    /// How a letter is posted; `nil` means the default (`standard`).
    public var postage: PostageClass?
    /// Transactional (dunning) or marketing content.
    public var kind: MessageKind
    /// Whether this stage hands the claim to the collection agency (final stage only).
    public var handover: Bool
    /// An earlier stage that must have gone out first, and how long before; `nil` for none.
    public var requires: StageRequirement?
    /// Where the stage is defined in `herald.yaml`.
    public var location: SourceLocation?

    /// Creates a stage.
    public init(
        id: String, dayOffset: Int, channel: ChannelRule = .preferred, fallback: [ChannelKind] = [],
        allowed: [ChannelKind]? = nil, template: String? = nil, fee: Decimal? = nil, postage: PostageClass? = nil, kind: MessageKind = .transactional,
        handover: Bool = false, requires: StageRequirement? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.dayOffset = dayOffset
        self.channel = channel
        self.fallback = fallback
        self.allowed = allowed
        self.template = template ?? id
        self.fee = fee
        self.postage = postage
        self.kind = kind
        self.handover = handover
        self.requires = requires
        self.location = location
    }
}

/// A stage that must have gone out before another one may: a collection hand-over, for
/// example, only after the final notice, and only once the customer has had time to react.
public struct StageRequirement: Sendable, Hashable {
    /// The id of the earlier stage of the same workflow.
    public var stage: String
    /// The fewest days from that stage going out to this one.
    public var days: Int

    /// Creates a requirement.
    public init(stage: String, days: Int) {
        self.stage = stage
        self.days = days
    }

    /// The first date this requirement allows, or `nil` while the required stage was never sent.
    ///
    /// - Parameter sent: Stage ids with the date each last went out for the customer's current invoices.
    public func earliestDate(sent: [String: LocalDate]) -> LocalDate? {
        sent[stage].map { $0.adding(days: days) }
    }
}

/// Which channel a stage starts with.
public enum ChannelRule: Sendable, Hashable, CustomStringConvertible {
    /// The customer's `preferred_channel`.
    case preferred
    /// Always this channel first (such as a letter for a final notice).
    case forced(ChannelKind)

    /// `preferred` or the channel's name, as written in `herald.yaml`.
    public var description: String {
        switch self {
        case .preferred: "preferred"
        case .forced(let channel): channel.rawValue
        }
    }
}

/// How a letter is posted.
public enum PostageClass: String, Sendable, Hashable, CaseIterable {
    /// Ordinary mail.
    case standard
    /// First class / priority.
    case priority
    /// Registered, with proof of delivery (final notices, hand-overs).
    case registered
}

/// Whether a message is part of a contract (dunning) or promotional.
public enum MessageKind: String, Sendable, Hashable, CaseIterable {
    /// Required by the business relationship; sent regardless of marketing consent.
    case transactional
    /// Promotional; channels may apply opt-outs.
    case marketing
}
