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
}
