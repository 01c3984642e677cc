/// How ``SMSBuilder`` treats a body.
public struct SMSOptions: Sendable, Hashable {
    /// The most parts one message may be sent as; a longer body is rejected.
    public var maximumSegments: Int
    /// Whether typographic characters are replaced first (see ``SMSTransliterator``).
    public var transliterates: Bool

    /// Creates options; the defaults allow 3 parts and transliterate.
    public init(maximumSegments: Int = 3, transliterates: Bool = true) {
        self.maximumSegments = max(1, maximumSegments)
        self.transliterates = transliterates
    }
}
