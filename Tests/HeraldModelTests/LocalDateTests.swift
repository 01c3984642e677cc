import HeraldModel
import Testing

@Suite struct LocalDateTests {
    @Test func parsesAndFormatsISODates() throws {
        let date = try #require(LocalDate(iso: "2026-11-05"))
        #expect(date.year == 2026 && date.month == 11 && date.day == 5)
        #expect(date.iso == "2026-11-05")
        #expect(LocalDate(2024, 2, 29)?.iso == "2024-02-29")
    }

    @Test(arguments: ["2026-13-45", "2026-02-29", "2026-1-05", "26-11-05", "2026-11-05T00:00", " 2026-11-05", "", "abcd-ef-gh"])
    func rejectsInvalidDates(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func countsDaysAcrossMonthsAndLeapYears() throws {
        let start = try #require(LocalDate(iso: "2024-02-28"))
        #expect(start.adding(days: 1).iso == "2024-02-29")
        #expect(start.adding(days: 2).iso == "2024-03-01")
        #expect(start.adding(days: 366).iso == "2025-02-28")
        #expect(start.adding(days: -59).iso == "2023-12-31")
        let asOf = try #require(LocalDate(iso: "2026-11-29"))
        #expect(asOf.days(since: start) == 1005)
        #expect(start.days(since: asOf) == -1005)
        #expect(LocalDate(iso: "1970-01-01")?.daysSinceEpoch == 0)
    }

    @Test func walksFourHundredYearsDayByDay() throws {
        var date = try #require(LocalDate(iso: "1900-01-01"))
        let first = date.daysSinceEpoch
        var mismatches = 0
        for offset in 1...146_097 {
            let next = date.adding(days: 1)
            if !(next > date) || next.daysSinceEpoch != first + offset || LocalDate(iso: next.iso) != next {
                mismatches += 1
            }
            date = next
        }
        #expect(mismatches == 0)
        #expect(date.iso == "2300-01-01")
    }

    @Test func addsMonthsClampingToTheLastDay() throws {
        let date = try #require(LocalDate(iso: "2026-03-31"))
        #expect(date.adding(months: -1).iso == "2026-02-28")
        #expect(date.adding(months: -12).iso == "2025-03-31")
        #expect(date.adding(months: 11).iso == "2027-02-28")
    }

    @Test func ordersChronologically() throws {
        let a = try #require(LocalDate(iso: "2025-12-31"))
        let b = try #require(LocalDate(iso: "2026-01-01"))
        #expect(a < b)
        #expect([b, a].sorted() == [a, b])
    }
}
