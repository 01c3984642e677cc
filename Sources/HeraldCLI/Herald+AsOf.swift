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

    /// `--as-of` as a date, or ``today()`` when not given.
    static func asOfDate(_ text: String?) throws -> LocalDate {
        try checkAsOf(text)
        if let text, let date = LocalDate(iso: text) { return date }
        return today()
    }

    /// Today's date where Herald runs: the calendar day in the local time zone (`TZ`), so a
    /// job in Amsterdam at 00:30 dunns for that day, not for yesterday in UTC. The only place
    /// the commands read the clock.
    static func today(now: Date = Date(), in zone: TimeZone = .current) -> LocalDate {
        let local = now.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: now))
        return LocalDate(daysSinceEpoch: Int((local / 86_400).rounded(.down))) ?? .distantPast
    }
}
