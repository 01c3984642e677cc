/// One Maildir-style folder of the outbox: a channel, or the collection-agency handover.
///
/// Each folder has `tmp/` (Herald writes here), `new/` (finished files appear here, by
/// rename) and `cur/` (for delivery agents to claim files into).
public enum OutboxFolder: String, Sendable, Hashable, Codable, CaseIterable {
    /// Email messages (`.eml`).
    case email
    /// SMS messages (JSON).
    case sms
    /// Print letters (XHTML).
    case letter
    /// Collection-agency handover files (CSV).
    case handover
}
