import Foundation
import HeraldTesting
import Testing

/// Without `--as-of`, "today" is the calendar day where Herald runs (`TZ`), not in UTC: a
/// nightly job in Amsterdam at 00:30 must dun for that day.
@Suite struct DefaultAsOfTests {
    /// The date `herald run --dry-run` reports under `zone`.
    func runDate(zone: String) throws -> String {
        let binary = try #require(HeraldProcess.binary, "no herald binary next to the tests; run `swift build` first")
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["TZ=\(zone)", binary, "run", "--dry-run", "--no-progress", "--outbox", "/nonexistent/herald-dry-run"],
            in: HeraldProcess.packageRoot)
        let firstLine = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        let date = try #require(firstLine.range(of: #"as of \d{4}-\d{2}-\d{2}"#, options: .regularExpression), "\(result.combined)")
        return String(firstLine[date].dropFirst("as of ".count))
    }

    /// Today in `zone`, by Foundation's calendar: an independent reckoning.
    func today(in zone: String) throws -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone), "no time zone data for \(zone): apt-get install tzdata")
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25 hours apart, so their dates always differ.
    @Test(arguments: ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
    func theDefaultDateIsTheLocalDay(zone: String) throws {
        let before = try today(in: zone)
        let reported = try runDate(zone: zone)
        let after = try today(in: zone)
        #expect(reported == before || reported == after, "local date \(before), herald used \(reported)")
    }
}
