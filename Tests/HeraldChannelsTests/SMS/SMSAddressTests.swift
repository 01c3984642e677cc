import HeraldChannels
import Testing

@Suite struct SMSAddressTests {
    @Test(arguments: ["+491701234567", "+31612345678", "+12025550123", "+447911123456", "+6831234"])
    func acceptsE164(number: String) {
        #expect(SMSAddress.isValidE164(number))
    }

    @Test(arguments: [
        "491701234567", "+49 170 1234567", "+49-170-1234567", "+0491701234567", "+4917012345678901", "+", "",
        "0170 1234567", "+49170123456a",
    ])
    func rejectsNonE164(number: String) {
        #expect(SMSAddress.e164Problem(number) != nil)
    }

    @Test(arguments: ["AutohausAG", "Herald 24", "Garage1", "+491701234567", "12345", "Abcdefghijk"])
    func acceptsSenders(sender: String) {
        #expect(SMSAddress.senderProblem(sender) == nil)
    }

    @Test(arguments: ["Abcdefghijkl", "Auto-Haus", "", "Müller", "1234567890123456", "   "])
    func rejectsSenders(sender: String) {
        #expect(SMSAddress.senderProblem(sender) != nil)
    }
}
