/// A CLDR plural category: the keys a plural message in `locales/*.yml` may have.
public enum PluralCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    /// `zero`: CLDR's zero category; also used for a count of 0 whenever a message has it (Rails i18n).
    case zero
    /// `one`
    case one
    /// `two`
    case two
    /// `few`
    case few
    /// `many`
    case many
    /// `other`: required in every plural message.
    case other

    /// Orders categories as CLDR lists them.
    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
