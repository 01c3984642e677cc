import Foundation
import HeraldChannels
import HeraldTesting
import Testing

@Suite struct LetterLayoutTests {
    @Test func din5008FormBMeasures() {
        #expect(LetterLayout.pageWidth == 210 && LetterLayout.pageHeight == 297)
        #expect(LetterLayout.addressLeft == 20 && LetterLayout.addressTop == 45)
        #expect(LetterLayout.addressWidth == 85 && LetterLayout.addressHeight == 45)
        #expect(abs(LetterLayout.additionZoneHeight + LetterLayout.recipientZoneHeight - LetterLayout.addressHeight) < 0.001)
        #expect(LetterLayout.foldMarks == [105, 210])
        #expect(LetterLayout.holeMark == 148.5)
        #expect(LetterLayout.maximumRecipientLines == 6)
        #expect(LetterLayout.firstPageBodyTop >= LetterLayout.addressTop + LetterLayout.addressHeight)
    }

    @Test(arguments: ["DL", "C6/5"])
    func recipientZoneShowsThroughTheWindowWhereverTheSheetSlides(name: String) throws {
        let envelope = try #require(LetterLayout.envelopes.first { $0.name == name })
        for step in 0...Int(envelope.verticalPlay * 2) {
            #expect(envelope.showsRecipientZone(sheetOffset: Double(step) / 2), "\(name) at \(Double(step) / 2) mm")
        }
    }

    @Test func c5ShowsTheRecipientZoneForAllButTheLastMillimetreAndAHalfOfPlay() throws {
        let c5 = try #require(LetterLayout.envelopes.first { $0.name == "C5" })
        #expect(c5.verticalPlay == 13.5)
        for offset in stride(from: 0.0, through: 12.0, by: 0.5) { #expect(c5.showsRecipientZone(sheetOffset: offset)) }
        #expect(!c5.showsRecipientZone(sheetOffset: 13.5))
    }

    @Test func stylesheetPlacesTheFirstPageElementsAtPaperPositions() {
        let css = LetterLayout.stylesheet
        #expect(css.contains("size: A4; margin: 20mm 20mm 20mm 0;"))
        #expect(css.contains("body { margin: 0 0 0 25mm; }"))
        #expect(css.contains(".address { position: absolute; left: 20mm; top: 25mm; width: 85mm; height: 45mm; padding-left: 5mm;"))
        #expect(css.contains(".info-block { position: absolute; left: 125mm; top: 30mm; width: 75mm;"))
        #expect(css.contains(".fold-1 { top: 85mm; }"))
        #expect(css.contains(".fold-2 { top: 190mm; }"))
        #expect(css.contains(".hole-mark { top: 128.5mm;"))
        #expect(css.contains("height: 17.7mm; font-size: 8pt"))
        #expect(css.contains("counter(page) \" / \" counter(pages)"))
    }

    /// Browsers and WeasyPrint clip what lies in a page margin: an element placed left of the
    /// page area (a negative offset) loses its text, as the address lines and fold marks once did.
    @Test func nothingIsPlacedLeftOfThePageArea() throws {
        let offsets = try Regex(#"left: (-?[0-9.]+)mm"#)
        let values = LetterLayout.stylesheet.matches(of: offsets).compactMap { Double($0.output[1].substring ?? "") }
        #expect(values.count >= 3)
        #expect(values.allSatisfy { $0 >= 0 }, "left offsets \(values)")
    }

    static func sampleLetter(stylesheet: String = LetterLayout.stylesheet, extraBody: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de" lang="de">
        <head>
        <meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8" />
        <title>Mahnung 2026-0042</title>
        <style type="text/css">
        \(stylesheet)
        </style>
        </head>
        <body>
        <div class="fold-mark fold-1"></div><div class="fold-mark fold-2"></div><div class="hole-mark"></div>
        <div class="address">
        <div class="return-line">Autohaus Müller &amp; Söhne · Hauptstr. 1 · 50667 Köln</div>
        <p class="recipient">Frau<br />Anna Müller<br />Ringstraße 12<br />50668 Köln</p>
        </div>
        <div class="info-block"><p>Datum: 29.11.2026<br />Kundennummer: C-1001<br />Rechnung: 2026-0042</p></div>
        <div class="letter-head"></div>
        <p class="subject">Mahnung: Rechnung 2026-0042</p>
        <p>Sehr geehrte Frau Müller,</p>
        <p>trotz unserer Erinnerung ist die folgende Rechnung offen:</p>
        <table class="invoices" summary="offene Rechnungen">
        <thead><tr><th>Rechnung</th><th>Fällig</th><th class="amount">Betrag</th></tr></thead>
        <tbody><tr><td>2026-0042</td><td>05.11.2026</td><td class="amount">1.234,56 €</td></tr></tbody>
        </table>
        <p>Mit freundlichen Grüßen</p>\(extraBody)
        </body>
        </html>
        """
    }

    static func xmllintValid(_ document: String) throws -> ExternalTool.Result {
        try ExternalTool.withTemporaryFile(named: "letter.xhtml", contents: Data(document.utf8)) { path in
            try ExternalTool.run(["xmllint", "--noout", "--valid", "--nonet", path])
        }
    }

    @Test func sampleLetterIsValidXHTML10Strict() throws {
        let result = try Self.xmllintValid(Self.sampleLetter())
        #expect(result.status == 0, "xmllint: \(result.stderr)")
    }

    @Test func theStrictDTDCheckCatchesTransitionalMarkup() throws {
        let result = try Self.xmllintValid(Self.sampleLetter(extraBody: "<center>Danke</center>"))
        #expect(result.status != 0)
        #expect(result.stderr.contains("center"))
    }
}

@Suite struct LetterAddressTests {
    @Test func domesticAddressHasNoCountryLine() {
        let lines = LetterAddress.lines(
            name: "Frau Anna Müller", street: "Ringstraße 12", postalCode: "50668", city: "Köln", country: "DE",
            senderCountry: "de")
        #expect(lines == ["Frau Anna Müller", "Ringstraße 12", "50668 Köln"])
    }

    @Test func abroadAddsTheCountryInCapitalsAndCompanyFirst() {
        let lines = LetterAddress.lines(
            name: "Dhr. J. de Vries", company: "Garage De Vries B.V.", street: "Dorpsstraat 1", postalCode: "1234 AB",
            city: "Utrecht", country: "NL", countryName: "Niederlande", senderCountry: "DE")
        #expect(lines == ["Garage De Vries B.V.", "Dhr. J. de Vries", "Dorpsstraat 1", "1234 AB Utrecht", "NIEDERLANDE"])
    }

    @Test func blankFieldsLeaveNoBlankLines() {
        let lines = LetterAddress.lines(name: "A", street: " ", postalCode: "", city: "Gent", country: "BE", senderCountry: "BE")
        #expect(lines == ["A", "Gent"])
    }
}

@Suite struct ChannelDocsTests {
    @Test func referenceStylesheetInTheDocsIsTheOneTheCodeWrites() throws {
        let url = ExternalTool.packageRoot.appendingPathComponent("docs/channels.md")
        let docs = try String(contentsOf: url, encoding: .utf8)
        let block = try #require(docs.components(separatedBy: "```css\n").dropFirst().first?.components(separatedBy: "```").first)
        #expect(block.trimmingCharacters(in: .whitespacesAndNewlines) == LetterLayout.stylesheet)
    }
}
