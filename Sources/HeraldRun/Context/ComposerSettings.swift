/// The knobs of message composition that are not in `herald.yaml`.
public struct ComposerSettings: Sendable, Hashable {
    /// The project's default locale: texts missing in a customer's language come from it.
    public var defaultLocale: String
    /// The most SMS parts one message may take, for segments without their own budget.
    public var smsSegmentBudget: Int
    /// Per customer segment (`reliable`, …): the most SMS parts one message may take.
    public var smsSegmentBudgets: [String: Int]
    /// Whether typographic characters in SMS bodies are transliterated to stay in GSM-7.
    public var smsTransliterates: Bool
    /// The time of day, in seconds after midnight UTC of the as-of date, written in email
    /// `Date:` headers. Derived from the run, never the clock, so reruns give the same bytes.
    public var sendSecondOfDay: Int
    /// The zone email `Date:` headers are written in, in minutes east of UTC.
    public var timeZoneOffsetMinutes: Int

    /// Creates settings.
    ///
    /// - Parameters:
    ///   - defaultLocale: The project's default locale.
    ///   - smsSegmentBudget: The default SMS part limit (3).
    ///   - smsSegmentBudgets: SMS part limits per customer segment.
    ///   - smsTransliterates: Replace typographic characters in SMS bodies.
    ///   - sendSecondOfDay: Seconds after midnight UTC for `Date:` headers (06:00 by default).
    ///   - timeZoneOffsetMinutes: The `Date:` header's zone.
    public init(
        defaultLocale: String = "en", smsSegmentBudget: Int = 3, smsSegmentBudgets: [String: Int] = [:],
        smsTransliterates: Bool = true, sendSecondOfDay: Int = 6 * 3600, timeZoneOffsetMinutes: Int = 0
    ) {
        self.defaultLocale = defaultLocale
        self.smsSegmentBudget = smsSegmentBudget
        self.smsSegmentBudgets = smsSegmentBudgets
        self.smsTransliterates = smsTransliterates
        self.sendSecondOfDay = sendSecondOfDay
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    }

    /// The SMS part limit for a customer segment.
    public func smsBudget(forSegment segment: String) -> Int { smsSegmentBudgets[segment] ?? smsSegmentBudget }
}
