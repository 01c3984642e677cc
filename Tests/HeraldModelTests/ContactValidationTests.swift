import HeraldModel
import Testing

@Suite struct ContactValidationTests {
    @Test(arguments: ["anna.12@example.com", "zoë.5@example.com", "o+tag@mail.example.co.uk", "x@xn--bcher-kva.example"])
    func acceptsPlausibleEmailAddresses(_ address: String) {
        #expect(ContactValidation.emailProblem(address) == nil)
    }

    @Test func explainsWhyAnEmailAddressIsRefused() {
        #expect(ContactValidation.emailProblem("not-an-email") == "address 'not-an-email' is invalid: no '@'")
        #expect(ContactValidation.emailProblem("") == "no email address")
        #expect(ContactValidation.emailProblem("a@b@c.com")?.contains("more than one '@'") == true)
        #expect(ContactValidation.emailProblem("anna@localhost")?.contains("domain needs a dot") == true)
        #expect(ContactValidation.emailProblem("an na@example.com") != nil)
        #expect(ContactValidation.emailProblem("anna@exa_mple.com") != nil)
        #expect(ContactValidation.emailProblem("anna@-example.com") != nil)
    }

    @Test(arguments: ["+31612345678", "+4915112345678", "+447400123456", "+33612345678"])
    func acceptsE164Numbers(_ number: String) {
        #expect(ContactValidation.phoneProblem(number) == nil)
    }

    @Test(arguments: ["0612345678", "+31 6 12345678", "+0123456789", "+1234", "+1234567890123456", "", "+31-612345678"])
    func refusesNumbersThatAreNotE164(_ number: String) {
        #expect(ContactValidation.phoneProblem(number) != nil)
    }

    @Test(arguments: [
        ("+31 6 1234 5678", "+31612345678"), ("+31 (0)6-1234.5678", "+31612345678"), ("0031 612345678", "+31612345678"),
        ("+49 (151) 1234 5678", "+4915112345678"), ("+44\u{A0}7400 123456", "+447400123456"), ("+33/6 12 34 56 78", "+33612345678"),
        ("+31612345678", "+31612345678"),
    ])
    func writesInternationalNumbersInE164(_ written: String, _ e164: String) {
        #expect(ContactValidation.e164(written) == e164)
    }

    /// A national number would need its country code guessed; it stays as written, so the
    /// channel is refused with the number the user can look up.
    @Test(arguments: ["06 12345678", "0612345678", "+31 6 12", "call me", ""])
    func leavesNumbersItCannotMakeE164AsWritten(_ written: String) {
        #expect(ContactValidation.e164(written) == written)
        #expect(ContactValidation.phoneProblem(ContactValidation.e164(written)) != nil)
    }

    @Test func requiresAFullPostalAddress() {
        #expect(
            ContactValidation.postalAddressProblem(street: "Hoofdstraat 1", postalCode: "1234 AB", city: "Utrecht", country: "NL")
                == nil)
        #expect(
            ContactValidation.postalAddressProblem(street: " ", postalCode: "", city: "Utrecht", country: "NL")
                == "postal address incomplete: no 'street', 'postal_code'")
    }
}
