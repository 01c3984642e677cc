import HeraldChannels
import Testing

@Suite struct EmailAddressValidatorTests {
    @Test(arguments: [
        "anna@example.test", "a.b+tag@sub.example.co.uk", "o'brien@example.ie", "x_y-z@ex-ample.de",
        "\"john doe\"@example.test", "jürgen@example.test", "info@bücher.example", "user@[192.0.2.1]",
    ])
    func accepts(address: String) {
        #expect(EmailAddressValidator.problem(with: address) == nil)
    }

    @Test(arguments: [
        "", "anna", "anna@", "@example.test", "anna@example", "an na@example.test", "anna..b@example.test",
        ".anna@example.test", "anna.@example.test", "anna@-example.test", "anna@example..test", "anna@example.123",
        "a(b)@example.test", "anna@exa_mple.test", "anna@example.test\r\nBcc: x@y.z",
        String(repeating: "a", count: 65) + "@example.test",
    ])
    func rejects(address: String) {
        #expect(EmailAddressValidator.problem(with: address) != nil)
    }

    @Test func namesTheCharacterThatNeedsQuotingOrIsNotAllowed() {
        #expect(EmailAddressValidator.problem(with: "a(b@example.test") == "the part before '@' contains '(', which needs quoting")
        #expect(EmailAddressValidator.problem(with: "jü(rgen@example.test") == "the part before '@' contains '(', which needs quoting")
        #expect(EmailAddressValidator.problem(with: "anna@exa_mple.test") == "the domain contains '_'")
    }

    @Test func anASCIICharacterInADomainIsCheckedEvenWithACombiningMark() {
        // "_\u{301}" is one Character that is not ASCII; its underscore is still not allowed
        // in a domain label (the contact-data check in HeraldModel rejects it too).
        #expect(EmailAddressValidator.problem(with: "anna@exa_\u{301}mple.test") == "the domain contains '_'")
    }
}
