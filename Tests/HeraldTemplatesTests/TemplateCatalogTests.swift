import HeraldDiagnostics
import HeraldLocale
import HeraldTemplates
import Testing

@Suite struct TemplateCatalogTests {
    let catalog = TemplateCatalog(paths: [
        "_partials/invoice-table.xhtml.liquid",
        "reminder-1/subject.txt.liquid",
        "reminder-1/email.xhtml.liquid",
        "reminder-1/nl/email.xhtml.liquid",
        "reminder-1/nl-BE/subject.txt.liquid",
        "reminder-1/segments/reliable/email.xhtml.liquid",
        "reminder-1/segments/reliable/nl/email.xhtml.liquid",
        "reminder-1/segments/chronic-late/de/sms.txt.liquid",
        "final-notice/letter.xhtml.liquid",
    ])

    private func resolve(_ part: TemplatePart, segment: String? = nil, locale: String? = nil) -> String? {
        catalog.resolve(
            TemplateSelection(stage: "reminder-1", part: part, segment: segment, locale: locale.flatMap(LocaleTag.init)))?
            .path
    }

    @Test func segmentAndLocaleWinsOverSegmentOverLocaleOverGeneric() {
        #expect(resolve(.emailHTML, segment: "reliable", locale: "nl-BE") == "templates/reminder-1/segments/reliable/nl/email.xhtml.liquid")
        #expect(resolve(.emailHTML, segment: "reliable", locale: "de-DE") == "templates/reminder-1/segments/reliable/email.xhtml.liquid")
        #expect(resolve(.emailHTML, segment: "occasional", locale: "nl-NL") == "templates/reminder-1/nl/email.xhtml.liquid")
        #expect(resolve(.emailHTML, segment: "occasional", locale: "fr-FR") == "templates/reminder-1/email.xhtml.liquid")
        #expect(resolve(.emailHTML) == "templates/reminder-1/email.xhtml.liquid")
    }

    @Test func regionalFolderWinsForItsRegionOnly() {
        #expect(resolve(.subject, locale: "nl-BE") == "templates/reminder-1/nl-BE/subject.txt.liquid")
        #expect(resolve(.subject, locale: "nl-NL") == "templates/reminder-1/subject.txt.liquid")
    }

    @Test func defaultLocaleIsNotUsedForTemplateFolders() {
        // en is the default locale for texts, but a nl customer never gets an en/ folder.
        let withEnglish = TemplateCatalog(paths: ["s/en/sms.txt.liquid", "s/sms.txt.liquid"])
        let path = withEnglish.resolve(TemplateSelection(stage: "s", part: .sms, locale: LocaleTag("nl")))?.path
        #expect(path == "templates/s/sms.txt.liquid")
    }

    @Test func missingPartResolvesToNil() {
        #expect(resolve(.sms, segment: "reliable", locale: "nl") == nil)
        #expect(resolve(.sms, segment: "chronic-late", locale: "de-AT") == "templates/reminder-1/segments/chronic-late/de/sms.txt.liquid")
    }

    @Test func stagesExcludePartialsAndLayouts() {
        #expect(catalog.stages == ["final-notice", "reminder-1"])
        #expect(catalog.warnings.isEmpty)
    }

    @Test func localeFolderCaseIsNormalisedButTheDiskNameIsKept() {
        let catalog = TemplateCatalog(paths: ["s/nl-be/sms.txt.liquid"])
        let resolved = catalog.resolve(TemplateSelection(stage: "s", part: .sms, locale: LocaleTag("nl-BE")))
        #expect(resolved?.name == "s/nl-be/sms.txt.liquid")
    }

    @Test func unusedFilesAreReportedWithASuggestion() throws {
        let catalog = TemplateCatalog(paths: [
            "reminder-1/emial.xhtml.liquid", "reminder-1/segments/relaible/email.xhtml.liquid",
            "reminder-1/dutch!/email.xhtml.liquid",
        ])
        let messages = catalog.warnings.map { "\($0.location?.file ?? ""): \($0.message) / \($0.help ?? "")" }
        #expect(messages.count == 3)
        #expect(messages.contains { $0.hasPrefix("templates/reminder-1/emial.xhtml.liquid") && $0.contains("did you mean 'email.xhtml.liquid'?") })
        #expect(messages.contains { $0.contains("did you mean 'reliable'?") })
        #expect(messages.contains { $0.contains("folder 'dutch!' is not a locale tag") })
    }

    @Test func partsPerChannel() {
        #expect(TemplatePart.parts(forChannel: "email") == [.subject, .emailHTML, .emailText])
        #expect(TemplatePart.parts(forChannel: "sms") == [.sms])
        #expect(TemplatePart.parts(forChannel: "letter") == [.letter])
        #expect(TemplatePart.emailHTML.escapesXML)
        #expect(!TemplatePart.subject.escapesXML)
    }
}
