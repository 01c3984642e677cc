import HeraldModel

/// One channel considered for a message, and the verdict.
public struct ChannelStep: Sendable, Hashable {
    /// Why this channel was tried.
    public enum Role: String, Sendable, Hashable {
        /// The customer's preferred channel.
        case preferred
        /// A channel the stage forces.
        case forced
        /// A channel from the stage's fallback order.
        case fallback
    }

    /// The channel.
    public var channel: ChannelKind
    /// Why it was tried.
    public var role: Role
    /// `nil` when the channel was chosen; otherwise why it was passed over.
    public var problem: String?

    /// Creates a step.
    public init(channel: ChannelKind, role: Role, problem: String?) {
        self.channel = channel
        self.role = role
        self.problem = problem
    }

    /// The steps as sentences: `preferred email: address 'x' is invalid → fell back to letter`,
    /// then `letter: chosen`.
    public static func explain(_ steps: [ChannelStep]) -> [String] {
        var lines: [String] = []
        for (index, step) in steps.enumerated() {
            let name = "\(step.role.rawValue) \(step.channel.rawValue)"
            if let problem = step.problem {
                if index + 1 < steps.count {
                    lines.append("\(name): \(problem) → fell back to \(steps[index + 1].channel.rawValue)")
                } else {
                    lines.append("\(name): \(problem) → no channel left")
                }
            } else {
                lines.append("\(name): contact data valid → chosen")
            }
        }
        return lines
    }
}
