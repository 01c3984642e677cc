import ArgumentParser
import Foundation
import HeraldModel

extension Herald {
    /// Rejects an `--as-of` that is not a date; call it from `validate()`, so the usage
    /// printed with the error is the subcommand's own.
    static func checkAsOf(_ text: String?) throws {
        if let text, LocalDate(iso: text) == nil {
            throw ValidationError("'\(text)' is not a date; write --as-of YYYY-MM-DD, such as 2026-11-30.")
        }
    }

    /// `--as-of` as a date, or today (UTC) when not given.
    static func asOfDate(_ text: String?) throws -> LocalDate {
        try checkAsOf(text)
        if let text, let date = LocalDate(iso: text) { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1) ?? .distantPast
    }
}
