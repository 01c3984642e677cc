import HeraldChannels
import Testing

@Suite struct SMSSegmentationTests {
    @Test("GSM-7 limits: 160 in one part, then 153 per part", arguments: [
        (160, 1), (161, 2), (306, 2), (307, 3), (459, 3), (460, 4),
    ])
    func gsm7Limits(length: Int, segments: Int) {
        let measure = SMSSegmentation(body: String(repeating: "x", count: length))
        #expect(measure.encoding == .gsm7)
        #expect(measure.units == length)
        #expect(measure.segments == segments)
    }

    @Test("UCS-2 limits: 70 in one part, then 67 per part", arguments: [(70, 1), (71, 2), (134, 2), (135, 3)])
    func ucs2Limits(length: Int, segments: Int) {
        let measure = SMSSegmentation(body: "ç" + String(repeating: "x", count: length - 1))
        #expect(measure.encoding == .ucs2)
        #expect(measure.units == length)
        #expect(measure.segments == segments)
    }

    @Test func extensionCharactersCountTwoSeptets() {
        let euros = SMSSegmentation(body: String(repeating: "€", count: 80))
        #expect(euros.encoding == .gsm7)
        #expect(euros.units == 160)
        #expect(euros.segments == 1)
        #expect(SMSSegmentation(body: String(repeating: "€", count: 81)).segments == 2)
        #expect(SMSSegmentation(body: "^{}\\[~]|\u{0C}").units == 18)
    }

    @Test func escapePairIsNeverSplitAcrossParts() {
        // 306 septets would fit 2 parts, but after 152 septets '€' (2): the pair would straddle the 153 boundary, so it moves on.
        let body = String(repeating: "x", count: 152) + "€" + String(repeating: "x", count: 152)
        let measure = SMSSegmentation(body: body)
        #expect(measure.units == 306)
        #expect(measure.segments == 3)
    }

    @Test func surrogatePairIsNeverSplitAcrossParts() {
        let body = String(repeating: "é", count: 1) + String(repeating: "ç", count: 65) + "😀" + String(repeating: "ç", count: 66)
        let measure = SMSSegmentation(body: body)
        #expect(measure.encoding == .ucs2)
        #expect(measure.units == 134)
        #expect(measure.segments == 3)
    }

    @Test func smallCCedillaForcesUCS2ButCapitalDoesNot() {
        #expect(SMSSegmentation(body: "Ça va").encoding == .gsm7)
        let small = SMSSegmentation(body: "François")
        #expect(small.encoding == .ucs2)
        #expect(small.nonGSMCharacters == ["ç"])
    }

    @Test func germanUmlautsAndSharpSStayGSM7() {
        #expect(SMSSegmentation(body: "Grüße aus Köln, Straße Ä Ö Ü").encoding == .gsm7)
    }

    @Test func charactersCountGraphemes() {
        let measure = SMSSegmentation(body: "a😀b")
        #expect(measure.characters == 3)
        #expect(measure.units == 4)
    }

    @Test func emptyBodyIsOneSegment() {
        #expect(SMSSegmentation(body: "").segments == 1)
    }
}
