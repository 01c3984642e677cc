import Foundation
import HeraldChannels
import HeraldModel
import HeraldPolicy
import HeraldRun
import Testing

@Suite struct MessageComposerTests {
    let composer: MessageComposer

    init() throws { composer = MessageComposer(context: try RunFixtures.context()) }

    private func compose(_ id: String, alreadySent: [String: LocalDate] = [:], stage: String? = nil, channel: ChannelKind? = nil)
        throws -> ComposedOutcome
    {
        composer.compose(
            customer: try RunFixtures.customer(id), asOf: RunFixtures.asOf, alreadySent: alreadySent, forcedStage: stage,
            forcedChannel: channel)
    }

    @Test func reliableCustomerGetsAnEmailWithTheGenericTemplate() throws {
        let outcome = try compose("C001")
        let message = try #require(outcome.message)
        #expect(message.channel == .email)
        #expect(message.plan.stage.id == "reminder-1")
        #expect(outcome.segment.id == "reliable")
        #expect(message.auditTemplate == "templates/reminder-1/email.xhtml.liquid")
        let eml = String(decoding: message.bytes, as: UTF8.self)
        #expect(eml.contains("X-Herald-Idempotency-Key: \(message.key.value)\r\n"))
        #expect(eml.contains("Date: Sun, 29 Nov 2026 06:00:00 +0000\r\n"))
    }

    @Test func segmentOverrideWinsOverTheGenericTemplate() throws {
        let message = try #require(try compose("C004").message)
        #expect(message.channel == .sms)
        #expect(message.auditTemplate == "templates/reminder-1/segments/chronic-late/sms.txt.liquid")
    }

    @Test func finalStageCarriesAHandoverRowAndARegisteredLetter() throws {
        let message = try #require(try compose("C005").message)
        #expect(message.plan.stage.id == "final-notice")
        guard case .letter(let letter) = message.body else {
            Issue.record("expected a letter")
            return
        }
        #expect(letter.manifest.postage == .registered)
        let manifest = String(decoding: letter.manifestBytes(documentFile: "x.xhtml"), as: UTF8.self)
        #expect(manifest.contains("x.xhtml"))
        #expect(message.handover?.values.first == "C005")
        for name in ["20261129-ab12cd34-1.000042.0123456789abcdef.xhtml", "odd & <name>.xhtml"] {
            var renamed = letter.manifest
            renamed.documentFile = name
            #expect(letter.manifestBytes(documentFile: name) == renamed.xmlBytes)
        }
    }

    @Test func composingTwiceGivesTheSameBytes() throws {
        for id in ["C001", "C003", "C004"] {
            let first = try #require(try compose(id).message)
            let second = try #require(try compose(id).message)
            #expect(first.bytes == second.bytes)
        }
    }

    @Test func invalidEmailOnAnEmailOnlyStageIsRejected() throws {
        let rejection = try #require(try compose("C008").rejection)
        #expect(rejection.code == "policy.no-channel")
        #expect(rejection.reason.contains("not-an-email"))
    }

    @Test func undefinedTemplateVariableIsRejectedWithItsPosition() throws {
        let rejection = try #require(try compose("C009").rejection)
        #expect(rejection.code == "liquid.undefined-variable")
        #expect(rejection.reason.contains("templates/reminder-2/sms.txt.liquid:1:"))
    }

    @Test func theSMSBudgetComesFromHeraldYAML() throws {
        let context = try RunFixtures.context()
        var policy = context.policy
        policy.sender.smsMaximumSegments = 10
        let roomier = RunContext(
            projectRoot: context.projectRoot, policy: policy, locales: context.locales, renderer: context.renderer,
            validator: context.validator, settings: context.settings)
        #expect(roomier.settings.smsSegmentBudget == 10)
        let outcome = MessageComposer(context: roomier).compose(
            customer: try RunFixtures.customer("C010"), asOf: RunFixtures.asOf, alreadySent: [:])
        let message = try #require(outcome.message, "\(String(describing: outcome.rejection))")
        #expect(message.channel == .sms)
    }

    @Test func smsOverItsBudgetIsRejectedWithTheCount() throws {
        let rejection = try #require(try compose("C010").rejection)
        #expect(rejection.code == "sms.too-many-segments")
        #expect(rejection.reason.contains("more than the maximum of 3"))
    }

    @Test func invalidXHTMLIsRejected() throws {
        let rejection = try #require(try compose("C011").rejection)
        #expect(rejection.code.hasPrefix("xml."))
        #expect(rejection.reason.contains("templates/reminder-1/de/email.xhtml.liquid"))
    }

    @Test func alreadySentStageSendsNothing() throws {
        let outcome = try compose("C001", alreadySent: ["reminder-1": RunFixtures.asOf])
        guard case .nothingDue(let reason) = outcome.result else {
            Issue.record("expected nothing due, got \(outcome.result)")
            return
        }
        #expect(reason.code == "already-sent")
    }

    @Test func forcedStageAndChannelBuildAPreview() throws {
        let message = try #require(try compose("C007", stage: "reminder-2", channel: .letter).message)
        #expect(message.channel == .letter)
        #expect(message.plan.stage.id == "reminder-2")
    }
}
