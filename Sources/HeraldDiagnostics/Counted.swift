/// Counts in English text for people: `1 day`, `14 days`, `1 invoice`.
public enum Counted {
    /// `count` and the noun: `singular` for 1 and -1, `plural` (default: `singular` + "s")
    /// for every other count, 0 included.
    ///
    /// ```swift
    /// Counted.phrase(1, "day")                        // "1 day"
    /// Counted.phrase(14, "day")                       // "14 days"
    /// Counted.phrase(2, "entry", plural: "entries")   // "2 entries"
    /// ```
    public static func phrase(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        let noun = count == 1 || count == -1 ? singular : plural ?? singular + "s"
        return "\(count) \(noun)"
    }
}
