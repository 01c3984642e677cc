/// A way Herald reaches a customer.
public enum ChannelKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An email message (`.eml` in the outbox).
    case email
    /// A text message to a mobile number.
    case sms
    /// A printed letter sent by post.
    case letter
}

extension ChannelKind: CustomStringConvertible {
    /// The channel's name as written in input data and `herald.yaml`.
    public var description: String { rawValue }
}
