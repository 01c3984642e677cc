import Foundation
import HeraldChannels
import HeraldDiagnostics
import HeraldLiquid
import HeraldLocale
import HeraldModel
import HeraldPolicy
import HeraldRun
import HeraldTemplates
import HeraldXML
import OrderedCollections
import Testing

/// Renders the content Herald ships (`templates/`, `locales/`, `herald.yaml` at the project
/// root) for every stage × channel the policy can produce, in every shipped language, for
/// every segment, and checks what a delivery agent would reject: render errors, XHTML that
/// fails its DTD, and SMS bodies over the segment budget or forced into UCS-2.
@Suite struct ShippedContentTests {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One locale per shipped file, with the region customers use (nl-BE tests the regional file).
    static let locales = ["en-GB", "nl-NL", "nl-BE", "de-DE", "de-AT", "fr-FR"]

    /// Every SMS must fit this many GSM-7 parts, with the longest sample data.
    static let smsSegmentBudget = 2

    static let validator = XMLValidator()

    let renderer: MessageRenderer
    let policy: Policy

    init() throws {
        let locales = try LocaleCatalog.load(
            directory: Self.projectRoot.appendingPathComponent("locales"), defaultLocale: "en")
        renderer = try MessageRenderer(projectRoot: Self.projectRoot, locales: locales)
        policy = try Policy.load(
            from: Self.projectRoot.appendingPathComponent("herald.yaml"), conditions: LiquidConditionCompiler())
    }

    /// Every segment, stage and channel the shipped policy can send.
    static func combinations(of policy: Policy) -> [Combination] {
        var result: [Combination] = []
        for segment in policy.segmentIDs {
            guard let workflow = policy.workflows[segment] else { continue }
            for (index, stage) in workflow.stages.enumerated() {
                var channels: [ChannelKind] = []
                switch stage.channel {
                case .preferred: channels = ChannelKind.allCases
                case .forced(let channel): channels = [channel]
                }
                channels += stage.fallback.filter { !channels.contains($0) }
                if let allowed = stage.allowed { channels = channels.filter(allowed.contains) }
                for channel in channels {
                    result.append(
                        Combination(
                            segment: segment, stage: stage, index: index + 1, count: workflow.stages.count,
                            channel: channel, isDispute: workflow.scope == .disputed))
                }
            }
        }
        return result
    }

    @Test func theLocaleFilesAreCompleteInEveryLanguage() throws {
        let diagnostics = renderer.locales.lint()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(DiagnosticRenderer.headline))")
        #expect(Set(renderer.locales.locales.map(\.rawValue)) == ["en", "nl", "nl-BE", "de", "de-AT", "fr"])
    }

    @Test func everyTemplateParsesAndIsUsed() {
        let diagnostics = renderer.validate()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(DiagnosticRenderer.headline))")
        let stages = Set(policy.workflows.values.flatMap { $0.stages.map(\.template) })
        #expect(Set(renderer.templates.stages) == stages)
    }

    @Test func everyStageAndChannelRendersAndValidatesInEveryLanguage() throws {
        let combinations = Self.combinations(of: policy)
        #expect(combinations.count >= 25)
        var failures: [String] = []
        for combination in combinations {
            for locale in Self.locales {
                for sample in Sample.allCases {
                    let label =
                        "\(combination.segment)/\(combination.stage.id)/\(combination.channel)/\(locale)/\(sample)"
                    let data = sample.data(for: combination, locale: locale, policy: policy)
                    do {
                        let message = try renderer.render(
                            stage: combination.stage.template, channel: combination.channel.rawValue,
                            segment: combination.segment, locale: locale, data: data)
                        failures += check(message, label: label).map { "\(label): \($0)" }
                    } catch {
                        failures += error.diagnostics.map {
                            "\(label): \(DiagnosticRenderer.headline($0)) \($0.help ?? "")"
                        }
                    }
                }
            }
        }
        for failure in failures.prefix(40) { Issue.record(Comment(rawValue: failure)) }
        #expect(failures.count == 0, "\(failures.count) problems in all")
    }

    /// Renders one combination of the shipped policy for a sample customer.
    func render(
        _ segment: String, _ stage: String, _ channel: ChannelKind, locale: String, sample: Sample = .person,
        adjusting adjust: (LiquidValue) -> LiquidValue = { $0 }
    ) throws -> RenderedMessage {
        let combination = try #require(
            Self.combinations(of: policy).first {
                $0.segment == segment && $0.stage.id == stage && $0.channel == channel
            })
        return try renderer.render(
            stage: stage, channel: channel.rawValue, segment: segment, locale: locale,
            data: adjust(sample.data(for: combination, locale: locale, policy: policy)))
    }

    @Test(arguments: [
        ("reliable", "reminder-1", "templates/reminder-1/segments/reliable/email.xhtml.liquid"),
        ("chronic-late", "reminder-1", "templates/reminder-1/segments/chronic-late/email.xhtml.liquid"),
        ("high-exposure", "reminder-1", "templates/reminder-1/segments/high-exposure/email.xhtml.liquid"),
        ("occasional", "reminder-1", "templates/reminder-1/email.xhtml.liquid"),
        ("chronic-late", "reminder-2", "templates/reminder-2/segments/chronic-late/email.xhtml.liquid"),
        ("disputed", "dispute-ack", "templates/dispute-ack/email.xhtml.liquid"),
    ])
    func segmentsGetTheirOwnTone(segment: String, stage: String, expectedHTML: String) throws {
        let message = try render(segment, stage, .email, locale: "en-GB")
        #expect(message.templatePaths.contains(expectedHTML))
    }

    @Test func theTextsAreTranslatedAndPersonal() throws {
        var subjects: Set<String> = []
        for locale in Self.locales where locale != "nl-BE" && locale != "de-AT" {
            let message = try render("chronic-late", "reminder-2", .email, locale: locale)
            subjects.insert(message.subject ?? "")
            let html = try #require(message.html)
            #expect(html.contains("VW-482-K"), "the licence plate is named (\(locale))")
            #expect(html.contains("https://pay.autoservice-herald.example/c/C0000042"), "the payment link (\(locale))")
            #expect(html.contains("Zoë O&#39;Neill &amp; Söhne"), "the name is greeted, escaped (\(locale))")
            #expect(html.contains("7,50") || html.contains("7.50"), "the fee is shown (\(locale))")
            #expect(html.contains("lang=\"\(locale.prefix(2))\""))
            #expect(!html.hasPrefix("<?xml"))
        }
        #expect(subjects.count == 4, "every language has its own subject: \(subjects)")
    }

    @Test func regionalFilesUseTheirOwnWording() throws {
        let belgian = try render("occasional", "reminder-1", .email, locale: "nl-BE")
        let dutch = try render("occasional", "reminder-1", .email, locale: "nl-NL")
        #expect(belgian.html?.contains("nummerplaat") == true && dutch.html?.contains("kenteken") == true)
        #expect(belgian.html?.contains("overschrijving") == true)
        // The friendly reminder mentions the vehicle inspection due in 30 days, in Austria the "Pickerl".
        let austrian = try render("reliable", "reminder-1", .email, locale: "de-AT")
        let german = try render("reliable", "reminder-1", .email, locale: "de-DE")
        #expect(austrian.html?.contains("Pickerl") == true && german.html?.contains("Hauptuntersuchung") == true)
    }

    @Test func lettersUseTheChannelModulesPrintStylesheet() throws {
        let message = try render("reliable", "final-notice", .letter, locale: "de-DE", sample: .company)
        let letter = try #require(message.letter)
        #expect(letter.contains(LetterLayout.stylesheet))
        #expect(letter.contains("<div class=\"address\">"))
        // Mail abroad names the destination country in English capitals (UPU) as the last line.
        #expect(letter.contains("<br />GERMANY</p>"))
    }

    @Test(arguments: [
        // (locale, overdue, expected costs): the statutory scale, its floor and its cap.
        ("nl-NL", "389.40", "€\u{A0}58,41"), ("nl-NL", "120.00", "€\u{A0}40,00"),
        ("nl-NL", "7300.00", "€\u{A0}740,00"),
        ("en-GB", "250000.00", "£3,025.00"), ("nl-NL", "2000000.00", "€\u{A0}6.775,00"),
    ])
    func dutchConsumersGetTheStatutoryCollectionCostsInTheFinalNotice(locale: String, overdue: String, costs: String)
        throws
    {
        let amount = try #require(DecimalText.parse(overdue))
        let currency: LiquidValue = locale == "en-GB" ? "GBP" : "EUR"
        func customer(company: String) -> (LiquidValue) -> LiquidValue {
            { data in
                let customer = (data["customer"] ?? .nil).replacing("country", with: "NL")
                    .replacing("company", with: .string(company))
                return data.replacing("customer", with: customer).replacing(
                    "totals",
                    with: ["overdue": .decimal(amount), "fee": 0, "due": .decimal(amount), "currency": currency])
            }
        }
        let consumer = try render("reliable", "final-notice", .letter, locale: locale, adjusting: customer(company: ""))
        #expect(consumer.letter?.contains(costs) == true, "costs \(costs) in \(locale)")
        // A business customer gets the ordinary final notice.
        let business = try render(
            "reliable", "final-notice", .letter, locale: locale, adjusting: customer(company: "Garage Jansen B.V."))
        #expect(business.letter?.contains(costs) == false)
    }

    @Test func theChecksCatchBrokenOutput() throws {
        let html = try #require(try render("occasional", "courtesy", .email, locale: "fr-FR").html)
        #expect(xhtmlProblems(html, flavor: .transitional, label: "ok").isEmpty)
        let withoutAlt = html.replacingOccurrences(of: #" alt="[^"]*""#, with: "", options: .regularExpression)
        #expect(withoutAlt != html)
        #expect(!xhtmlProblems(withoutAlt, flavor: .transitional, label: "no alt").isEmpty)
        #expect(SMSSegmentation(body: "Garage François : facture échue").encoding == .ucs2)
    }

    // MARK: Checks

    func check(_ message: RenderedMessage, label: String) -> [String] {
        var problems: [String] = []
        switch message.channel {
        case "email":
            let subject = message.subject ?? ""
            if subject.isEmpty || subject.count > 120 { problems.append("subject is empty or too long: '\(subject)'") }
            let html = message.html ?? ""
            if html.hasPrefix("<?xml") || !html.hasPrefix("<!DOCTYPE html") {
                problems.append("HTML must start with the DOCTYPE")
            }
            problems += xhtmlProblems(html, flavor: .transitional, label: label)
            if !html.contains("class=\"preheader\"") { problems.append("no preheader") }
            let text = message.plainText ?? ""
            if text.isEmpty { problems.append("no text part") }
            if text.contains("  \n") || text.contains("\n\n\n") {
                problems.append("untidy blank lines in the text part")
            }
            if !text.contains(".\n\n- ") { problems.append("the invoice list is not a paragraph of its own") }
        case "sms":
            let body = message.sms ?? ""
            let measure = SMSSegmentation(body: SMSTransliterator.transliterate(body))
            if measure.encoding != .gsm7 {
                problems.append("SMS is not GSM-7 (forced by \(measure.nonGSMCharacters)): \(body)")
            }
            if measure.segments > Self.smsSegmentBudget {
                problems.append("SMS needs \(measure.segments) segments (\(measure.units) units): \(body)")
            }
        default:
            let letter = message.letter ?? ""
            problems += xhtmlProblems(letter, flavor: .strict, label: label)
            if !letter.contains(LetterLayout.stylesheet) { problems.append("letter lacks LetterLayout.stylesheet") }
        }
        for part in message.parts where part.text.contains("%{") || part.text.contains("translation missing") {
            problems.append("\(part.templatePath) leaves a placeholder unfilled")
        }
        return problems
    }

    func xhtmlProblems(_ text: String, flavor: XHTMLFlavor, label: String) -> [String] {
        Self.validator.validateXHTML(Array(text.utf8), file: label, as: flavor)
            .filter { $0.severity == .error }
            .map { DiagnosticRenderer.headline($0) }
    }
}

/// A stage the policy can send on a channel, for one segment.
struct Combination: Sendable {
    var segment: String
    var stage: Stage
    var index: Int
    var count: Int
    var channel: ChannelKind
    var isDispute: Bool
}

/// Representative customers: a private person with a vehicle and a payment link, a business
/// without a contact name, vehicle or link, and the longest data an SMS has to carry.
enum Sample: CaseIterable {
    case person, company, longest

    static let asOf = LocalDate(2026, 11, 29)!

    func data(for combination: Combination, locale: String, policy: Policy) -> LiquidValue {
        let asOf = Self.asOf
        let customer = self.customer(locale: locale)
        let oldestDue = asOf.adding(days: -combination.stage.dayOffset)
        let invoices: [Invoice] = invoiceList(oldestDue: oldestDue, currency: locale == "en-GB" ? "GBP" : "EUR")
        let overdue = invoices.reduce(Decimal(0)) { $0 + $1.openAmount }
        let fee = combination.stage.fee ?? 0
        let language = String(locale.prefix(2))
        return [
            "customer": customer.liquidValue,
            "invoices": .array(invoices.map { $0.liquidValue(asOf: asOf) }),
            "history": PaymentHistory(invoices: invoices, asOf: asOf, rules: policy.historyRules).liquidValue,
            "totals": [
                "overdue": .decimal(overdue), "fee": .decimal(fee), "due": .decimal(overdue + fee),
                "currency": .string(invoices[0].currency),
            ],
            "stage": [
                "id": .string(combination.stage.id), "index": .integer(combination.index),
                "count": .integer(combination.count), "day_offset": .integer(combination.stage.dayOffset),
                "fee": .decimal(fee), "channel": .string(combination.channel.rawValue),
                "is_final": .bool(combination.index == combination.count),
            ],
            "segment": ["id": .string(combination.segment)],
            "company": policy.company.liquidValue,
            "message": [
                "id": "M-1", "as_of": .string(asOf.iso), "pay_by": .string(policy.payBy(asOf: asOf).iso),
                "locale": .string(locale), "language": .string(language),
                "logo_src": .string(policy.company["logo_url"]),
            ],
        ]
    }

    func customer(locale: String) -> Customer {
        let country = ["en-GB": "GB", "nl-NL": "NL", "nl-BE": "BE", "de-DE": "DE", "de-AT": "AT", "fr-FR": "FR"][locale] ?? "NL"
        switch self {
        case .person:
            return Customer(
                id: "C0000042", givenName: "Zoë", familyName: "O'Neill & Söhne", salutation: "Ms", locale: locale,
                preferredChannel: .email, email: "zoe@example.com", phone: "+31612345678", street: "Hoofdstraat 12",
                postalCode: "3512 AB", city: "Utrecht", country: country,
                extra: [
                    "vehicle": [
                        "make": "Volkswagen", "model": "Golf", "licence_plate": "VW-482-K",
                        "apk_due_date": .string(Self.asOf.adding(days: 30).iso),
                    ],
                    "payment_link": "https://pay.autoservice-herald.example/c/C0000042",
                ])
        case .company:
            return Customer(
                id: "C0000043", company: "Fleet <Lease> Ltd", locale: locale, preferredChannel: .letter,
                street: "Industrieweg 5", postalCode: "50667", city: "Köln", country: "DE")
        case .longest:
            return Customer(
                id: "C0009999", givenName: "Marie-Françoise", familyName: "Lefèvre-Duchâteau",
                company: "Garage Lefèvre-Duchâteau Automobiles SARL", locale: locale, preferredChannel: .sms,
                phone: "+33612345678", street: "Rue de la Paix 250", postalCode: "75002", city: "Besançon",
                country: country,
                extra: [
                    "vehicle": ["make": "Mercedes-Benz", "model": "Sprinter 319 CDI", "licence_plate": "GH-123-JK"],
                    "payment_link": "https://pay.autoservice-herald.example/c/C0009999?ref=INV-202612345",
                ])
        }
    }

    func invoiceList(oldestDue: LocalDate, currency: String) -> [Invoice] {
        func invoice(_ number: String, _ due: LocalDate, _ amount: String, _ text: String) -> Invoice {
            Invoice(
                number: number, issueDate: due.adding(days: -30), dueDate: due,
                amount: DecimalText.parse(amount) ?? 0, currency: currency, description: text)
        }
        switch self {
        case .person:
            return [invoice("INV-2026-00417", oldestDue, "389.40", "Brake pads & discs, front axle")]
        case .company:
            return [
                invoice("INV-2026-00388", oldestDue, "1249.00", "Timing belt & water pump"),
                invoice("INV-2026-00402", oldestDue.adding(days: 6), "89.95", "Oil service 5W-30"),
                invoice("INV-2026-00455", oldestDue.adding(days: 12), "642.10", "Winter tyres 205/55 R16 <Nokian>"),
            ]
        case .longest:
            return [
                invoice("INV-2026-123456", oldestDue, "123456.78", "Fleet service contract Q3"),
                invoice("INV-2026-123457", oldestDue.adding(days: 3), "9876.54", "Replacement engine"),
            ]
        }
    }
}

extension LiquidValue {
    /// A copy of an object with one key replaced.
    func replacing(_ key: String, with value: LiquidValue) -> LiquidValue {
        guard case .object(let object) = self else { return self }
        var fields = object.pairs
        fields[key] = value
        return .object(LiquidObject(fields))
    }

    subscript(key: String) -> LiquidValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[key]
    }
}
