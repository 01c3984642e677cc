/// Who messages come from, per channel.
public struct SenderIdentity: Sendable, Hashable {
    /// The `From:` display name, such as `Autoservice Herald – Credit control`.
    public var emailFromName: String
    /// The `From:` address.
    public var emailFromAddress: String
    /// The `Reply-To:` address; the from address when empty.
    public var emailReplyTo: String
    /// The domain of `Message-ID:` headers (`<key@domain>`).
    public var messageIDDomain: String
    /// The SMS sender id: up to 11 letters and digits, or an E.164 number.
    public var smsSenderID: String
    /// The one-line return address printed above a letter's address window.
    public var letterReturnAddress: String

    /// Creates a sender identity.
    public init(
        emailFromName: String, emailFromAddress: String, emailReplyTo: String = "", messageIDDomain: String,
        smsSenderID: String, letterReturnAddress: String
    ) {
        self.emailFromName = emailFromName
        self.emailFromAddress = emailFromAddress
        self.emailReplyTo = emailReplyTo
        self.messageIDDomain = messageIDDomain
        self.smsSenderID = smsSenderID
        self.letterReturnAddress = letterReturnAddress
    }
}
