/// How long a formatted date is, as CLDR names its date formats.
public enum DateStyle: String, Sendable, Hashable, CaseIterable {
    /// Digits only: `05-11-2026` (nl-NL), `05.11.26` (de-DE).
    case short
    /// Abbreviated month: `5 nov 2026`.
    case medium
    /// Full month name: `5 november 2026`.
    case long
    /// With the weekday: `donderdag 5 november 2026`.
    case full
}
