import Foundation

/// Who messages come from, per channel.
public struct SenderIdentity: Sendable, Hashable {
    /// The `From:` display name, such as `Autoservice Herald – Credit control`, for customers
    /// whose language has no entry in ``emailFromNames``.
    public var emailFromName: String
    /// `From:` display names by language (`de`) or locale tag (`de-at`), in lower case, such as
    /// `Autoservice Herald – Forderungsmanagement`.
    public var emailFromNames: [String: String]
    /// The `From:` address.
    public var emailFromAddress: String
    /// The `Reply-To:` address; the from address when empty.
    public var emailReplyTo: String
    /// The domain of `Message-ID:` headers (`<key@domain>`).
    public var messageIDDomain: String
    /// The most parts one SMS may take (`sender.sms.max_segments`); `nil` keeps Herald's
    /// default of 3. A longer message is rejected with its count.
    public var smsMaximumSegments: Int?
    /// The SMS sender id: up to 11 letters and digits, or an E.164 number.
    public var smsSenderID: String
    /// The one-line return address printed above a letter's address window.
    public var letterReturnAddress: String
    /// The `https` address marketing mail's `List-Unsubscribe` points at (RFC 8058 one-click),
    /// with `{customer_id}` standing for the customer; empty when there is none.
    public var emailUnsubscribeURL: String

    /// The placeholder in ``emailUnsubscribeURL`` that stands for the customer's id.
    public static let customerIDPlaceholder = "{customer_id}"

    /// Creates a sender identity.
    public init(
        emailFromName: String, emailFromNames: [String: String] = [:], emailFromAddress: String,
        emailReplyTo: String = "", messageIDDomain: String, smsSenderID: String, letterReturnAddress: String,
        emailUnsubscribeURL: String = "", smsMaximumSegments: Int? = nil
    ) {
        self.emailFromName = emailFromName
        var names: [String: String] = [:]
        for (tag, name) in emailFromNames { names[tag.lowercased()] = name }
        self.emailFromNames = names
        self.emailFromAddress = emailFromAddress
        self.emailReplyTo = emailReplyTo
        self.messageIDDomain = messageIDDomain
        self.smsSenderID = smsSenderID
        self.letterReturnAddress = letterReturnAddress
        self.emailUnsubscribeURL = emailUnsubscribeURL
        self.smsMaximumSegments = smsMaximumSegments
    }

    /// The `From:` display name for a customer's locale: the entry for the whole tag (`de-AT`),
    /// else for its language (`de`), else ``emailFromName``.
    public func emailFromName(locale: String) -> String {
        guard !emailFromNames.isEmpty else { return emailFromName }
        let tag = locale.lowercased()
        if let name = emailFromNames[tag] { return name }
        if let dash = tag.firstIndex(of: "-"), let name = emailFromNames[String(tag[..<dash])] { return name }
        return emailFromName
    }

    /// The unsubscribe address for one customer: ``emailUnsubscribeURL`` with the
    /// percent-encoded customer id in place of `{customer_id}`, or `nil` when there is none.
    public func unsubscribeURL(customerID: String) -> String? {
        guard !emailUnsubscribeURL.isEmpty else { return nil }
        let encoded = customerID.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? ""
        return emailUnsubscribeURL.replacingOccurrences(of: Self.customerIDPlaceholder, with: encoded)
    }

    /// RFC 3986 unreserved characters: the only ones a customer id keeps unencoded.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
