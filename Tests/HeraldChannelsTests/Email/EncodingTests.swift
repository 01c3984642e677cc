import HeraldChannels
import Testing

@Suite struct EncodingTests {
    @Test func quotedPrintableEscapesAndWraps() {
        #expect(QuotedPrintable.encode("a=b") == "a=3Db\r\n")
        #expect(QuotedPrintable.encode("trailing \nnext\t") == "trailing=20\r\nnext=09\r\n")
        #expect(QuotedPrintable.encode("Grüße") == "Gr=C3=BC=C3=9Fe\r\n")
        let long = QuotedPrintable.encode(String(repeating: "ä", count: 100) + String(repeating: "x", count: 200))
        for line in long.split(separator: "\r\n") { #expect(line.count <= 76) }
        #expect(long.hasSuffix("\r\n") && !long.contains("\n\n"))
    }

    @Test func base64LinesAre76() {
        let encoded = Base64Lines.encode(Array(0..<200).map(UInt8.init))
        let lines = encoded.split(separator: "\r\n")
        #expect(lines.dropLast().allSatisfy { $0.count == 76 })
        #expect(Base64Lines.encode(Array("Man".utf8)) == "TWFu\r\n")
        #expect(Base64Lines.encode(Array("Ma".utf8)) == "TWE=\r\n")
        #expect(Base64Lines.encode(Array("M".utf8)) == "TQ==\r\n")
        #expect(Base64Lines.encode([]) == "")
    }

    @Test(arguments: [
        (Int64(1_767_603_600), 0, "Mon, 05 Jan 2026 09:00:00 +0000"),
        (Int64(1_795_995_000), 60, "Mon, 30 Nov 2026 00:30:00 +0100"),
        (Int64(1_795_995_000), -300, "Sun, 29 Nov 2026 18:30:00 -0500"),
        (Int64(-3600), 0, "Wed, 31 Dec 1969 23:00:00 +0000"),
        (Int64(1_709_208_000), 330, "Thu, 29 Feb 2024 17:30:00 +0530"),
    ])
    func rfc5322Dates(seconds: Int64, offset: Int, expected: String) {
        #expect(RFC5322Date.format(secondsSince1970: seconds, offsetMinutes: offset) == expected)
    }
}
