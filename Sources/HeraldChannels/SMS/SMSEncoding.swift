/// The data coding an SMS body is sent with.
public enum SMSEncoding: String, Sendable, Hashable, Codable {
    /// The GSM 03.38 7-bit default alphabet: 160 septets, or 153 per part when concatenated.
    case gsm7 = "GSM-7"
    /// UCS-2 / UTF-16: 70 code units, or 67 per part when concatenated.
    case ucs2 = "UCS-2"

    /// Units that fit in a single, unconcatenated message.
    public var singleMessageCapacity: Int { self == .gsm7 ? 160 : 70 }

    /// Units per part of a concatenated message (the 6-octet UDH takes the rest).
    public var concatenatedPartCapacity: Int { self == .gsm7 ? 153 : 67 }
}
