/// How ``EmailBuilder`` treats addresses that need SMTPUTF8.
public struct EmailOptions: Sendable, Hashable {
    /// Whether a non-ASCII address is written as raw UTF-8 and flagged (`true`, the default)
    /// or rejected with `email.smtputf8-required` (`false`).
    public var allowsSMTPUTF8: Bool

    /// Creates options.
    public init(allowsSMTPUTF8: Bool = true) { self.allowsSMTPUTF8 = allowsSMTPUTF8 }
}
