import HeraldChannels
import HeraldDiagnostics
import Testing

@Suite struct SMSBuilderTests {
    let audit = AuditFields(
        idempotencyKey: "k-0001", customerID: "C-1001", segment: "occasional", stage: "reminder-1",
        template: "templates/reminder-1/sms.txt.liquid")

    @Test func buildsDeterministicJSON() throws {
        let sms = try SMSBuilder().build(
            id: "m-1", to: "+491701234567", from: "AutohausAG", body: "Bitte zahlen Sie 80 € bis 5.12.\n",
            audit: audit)
        let expected = """
            {
              "id": "m-1",
              "to": "+491701234567",
              "from": "AutohausAG",
              "body": "Bitte zahlen Sie 80 € bis 5.12.",
              "encoding": "GSM-7",
              "segments": 1,
              "characters": 31,
              "units": 32,
              "transliterated": false,
              "non_gsm_characters": [],
              "idempotency_key": "k-0001",
              "customer_id": "C-1001",
              "segment": "occasional",
              "stage": "reminder-1",
              "template": "templates/reminder-1/sms.txt.liquid"
            }

            """
        #expect(sms.json == expected)
    }

    @Test func transliterationKeepsTheMessageInGSM7() throws {
        let sms = try SMSBuilder().build(
            id: "m-2", to: "+491701234567", from: "AutohausAG", body: "Zahlung “jetzt” fällig – danke…", audit: audit)
        #expect(sms.segmentation.encoding == .gsm7)
        #expect(sms.body == "Zahlung \"jetzt\" fällig - danke...")
        #expect(sms.wasTransliterated)
    }

    @Test func withoutTransliterationCurlyQuotesForceUCS2() throws {
        let builder = SMSBuilder(options: SMSOptions(maximumSegments: 3, transliterates: false))
        let sms = try builder.build(
            id: "m-3", to: "+491701234567", from: "AutohausAG", body: "Zahlung “jetzt”", audit: audit)
        #expect(sms.segmentation.encoding == .ucs2)
        #expect(sms.segmentation.nonGSMCharacters == ["“", "”"])
        #expect(sms.json.contains("\"non_gsm_characters\": [\"“\", \"”\"]"))
    }

    @Test func overTheSegmentLimitIsRejectedWithCountAndCulprits() throws {
        let builder = SMSBuilder(options: SMSOptions(maximumSegments: 1))
        let body = "François, " + String(repeating: "bitte zahlen ", count: 6)
        let error = try #require(throws: DiagnosticError.self) {
            try builder.build(id: "m-4", to: "+491701234567", from: "AutohausAG", body: body, audit: audit)
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.code == "sms.too-many-segments")
        #expect(diagnostic.message.contains("needs 2 segments"))
        #expect(diagnostic.message.contains("maximum of 1"))
        #expect(diagnostic.message.contains("'ç' (U+00E7)"))
    }

    @Test func reportsEveryAddressProblemWithoutThePhoneNumber() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try SMSBuilder().build(id: "m-5", to: "0170 1234567", from: "Auto-Haus GmbH", body: "x", audit: audit)
        }
        #expect(error.diagnostics.map(\.code) == ["sms.invalid-recipient", "sms.invalid-sender"])
        #expect(error.diagnostics[0].message.contains("C-1001"))
        #expect(!error.diagnostics[0].message.contains("1234567"))
    }

    @Test func emptyBodyIsRejected() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try SMSBuilder().build(id: "m-6", to: "+491701234567", from: "Herald", body: " \n", audit: audit)
        }
        #expect(error.diagnostics.map(\.code) == ["sms.empty-body"])
    }

    @Test func jsonEscapesControlCharactersAndQuotes() throws {
        let sms = try SMSBuilder().build(
            id: "m-7", to: "+491701234567", from: "Herald", body: "Say \"hi\"\nnow\\", audit: audit)
        #expect(sms.json.contains(#""body": "Say \"hi\"\nnow\\","#))
    }
}
