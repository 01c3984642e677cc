import HeraldChannels
import Testing

@Suite struct SMSTransliteratorTests {
    @Test("typographic characters become GSM-7", arguments: [
        ("Zahlung “jetzt” fällig", "Zahlung \"jetzt\" fällig"),
        ("it’s ‘due’", "it's 'due'"),
        ("2026–11–29 — today", "2026-11-29 - today"),
        ("Wait…", "Wait..."),
        ("• item", "- item"),
        ("100\u{00A0}€ and\u{202F}more\u{2009}x", "100 € and more x"),
        ("zero\u{200B}width\u{FEFF}\u{00AD}", "zerowidth"),
        ("½ ¼ ¾ ÷", "1/2 1/4 3/4 /"),
        ("ＡＢＣ１", "ABC1"),
        ("«Paiement»", "\"Paiement\""),
    ])
    func mapsLookAlikes(input: String, expected: String) {
        let output = SMSTransliterator.transliterate(input)
        #expect(output == expected)
        #expect(GSM7Alphabet.canEncode(output))
    }

    @Test func lettersOutsideGSM7AreKept() {
        #expect(SMSTransliterator.transliterate("François Núñez") == "François Núñez")
    }
}
