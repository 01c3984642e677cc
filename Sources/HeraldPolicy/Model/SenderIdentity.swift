import Foundation

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
    /// The RFC 8058 one-click unsubscribe URL for marketing mail, with `{customer_id}` where
    /// the (percent-encoded) customer id goes; empty when the policy gives none.
    public var emailUnsubscribeURL: String
    /// The SMS sender id: up to 11 letters and digits, or an E.164 number.
    public var smsSenderID: String
    /// The one-line return address printed above a letter's address window.
    public var letterReturnAddress: String

    /// Creates a sender identity.
    public init(
        emailFromName: String, emailFromAddress: String, emailReplyTo: String = "", messageIDDomain: String,
        emailUnsubscribeURL: String = "", smsSenderID: String, letterReturnAddress: String
    ) {
        self.emailFromName = emailFromName
        self.emailFromAddress = emailFromAddress
        self.emailReplyTo = emailReplyTo
        self.messageIDDomain = messageIDDomain
        self.emailUnsubscribeURL = emailUnsubscribeURL
        self.smsSenderID = smsSenderID
        self.letterReturnAddress = letterReturnAddress
    }

    /// The unsubscribe URL for one customer, or `nil` when the policy gives none.
    public func unsubscribeURL(customerID: String) -> String? {
        guard !emailUnsubscribeURL.isEmpty else { return nil }
        let encoded = customerID.addingPercentEncoding(withAllowedCharacters: .urlUnreservedCharacters) ?? ""
        return emailUnsubscribeURL.replacingOccurrences(of: "{customer_id}", with: encoded)
    }
}

extension CharacterSet {
    /// RFC 3986 unreserved characters: letters, digits, `-`, `.`, `_` and `~`.
    static let urlUnreservedCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
