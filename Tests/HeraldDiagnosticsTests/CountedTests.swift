import HeraldDiagnostics
import Testing

@Suite struct CountedTests {
    @Test(arguments: [
        (1, "1 day"), (-1, "-1 day"), (0, "0 days"), (2, "2 days"), (-14, "-14 days"),
    ])
    func onlyOneIsSingular(count: Int, expected: String) {
        #expect(Counted.phrase(count, "day") == expected)
    }

    @Test func anIrregularPluralIsUsedAsGiven() {
        #expect(Counted.phrase(3, "entry", plural: "entries") == "3 entries")
        #expect(Counted.phrase(1, "entry", plural: "entries") == "1 entry")
    }
}
