import HeraldChannels
import Testing

/// Whole outputs pinned byte for byte: any change to the wire format shows up in review.
@Suite struct GoldenOutputTests {
    @Test func reminderEmailWithAttachmentAndLogo() throws {
        let message = try EmailBuilder().build(EmailAttachmentTests.content())
        try Golden.check(message.bytes, named: "reminder-2.eml")
    }

    @Test func marketingEmail() throws {
        let kind = EmailKind.marketing(unsubscribeURL: "https://example.test/u/TOKEN123", unsubscribeMailto: nil)
        let message = try EmailBuilder().build(EmailFixtures.content(subject: "Ihr Winter-Check: 20 % Rabatt", kind: kind))
        try Golden.check(message.bytes, named: "marketing.eml")
    }

    @Test func smsJSON() throws {
        let sms = try SMSBuilder().build(
            id: "S-1001", to: "+491701234567", from: "AutohausAG",
            body: "Erinnerung: Rechnung 2026-0042 über 1.234,56 € ist seit 14 Tagen fällig. Bitte zahlen Sie bis 06.12.2026 – danke!",
            audit: EmailFixtures.audit)
        try Golden.check(sms.jsonBytes, named: "reminder-2.sms.json")
    }

    @Test func printManifest() throws {
        let audit = AuditFields(
            idempotencyKey: "k-letter-1", customerID: "C-1001", segment: "high-exposure", stage: "final-notice",
            template: "templates/final-notice/letter.xhtml.liquid")
        let manifest = try PrintManifestBuilder.build(
            id: "L-1001", addressLines: ["Frau Anna Müller", "Ringstraße 12", "50668 Köln"], country: "DE",
            documentFile: "L-1001.xhtml", document: Array(LetterLayoutTests.sampleLetter().utf8), audit: audit)
        try Golden.check(manifest.xmlBytes, named: "final-notice.manifest.xml")
    }
}
