import HeraldDiagnostics
import Testing

@Suite struct ByteSearchTests {
    @Test func findsNonOverlappingOccurrencesLeftToRight() {
        let bytes = Array("aaaa>C1<b>C1<".utf8)
        #expect(bytes.offsets(of: "aa".utf8) == [0, 2])
        #expect(bytes.offsets(of: ">C1<".utf8) == [4, 9])
        #expect(bytes.offsets(of: ">C1<".utf8, limit: 1) == [4])
        #expect(bytes.offsets(of: "<".utf8) == [7, 12])
    }

    @Test func edgeCases() {
        let bytes = Array("cid:logo".utf8)
        #expect(bytes.offsets(of: "cid:logo".utf8) == [0])
        #expect(bytes.offsets(of: "cid:logo!".utf8).isEmpty, "needle longer than the bytes")
        #expect(bytes.offsets(of: [UInt8]()).isEmpty)
        #expect(bytes.contains(bytes: "logo".utf8))
        #expect(!bytes.contains(bytes: "lego".utf8))
        #expect(bytes.contains(bytes: [UInt8]()), "the empty needle occurs everywhere")
        #expect(bytes[4...].offsets(of: "logo".utf8) == [4], "offsets are the collection's own indices")
    }

    @Test func stringsAreSearchedByTheirUTF8Bytes() {
        let html = "<img src=\"cid:logo@x\"/> Grüße <a href=\"cid:logo@x\">"
        #expect(html.utf8Offsets(of: "cid:") == [10, 41], "offsets count bytes (ü and ß take two each), not the 39 characters")
        #expect(html.utf8Offsets(of: "cid:", limit: 1) == [10])
        #expect(html.containsBytes(of: "cid:logo@x"))
        #expect(!html.containsBytes(of: "cid:logo@y"))
        #expect("e\u{301}".containsBytes(of: "e"), "bytes, not characters: é written as e + accent holds e")
        #expect(!"\u{E9}".containsBytes(of: "e\u{301}"), "no Unicode normalisation")
    }
}
