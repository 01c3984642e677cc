import Foundation
import HeraldChannels
import HeraldDiagnostics
import HeraldModel
import HeraldPolicy
import HeraldTemplates
import HeraldXML

extension MessageComposer {
    /// Checks the rendered parts and builds the channel's bytes.
    func channelBody(
        _ plan: StagePlan, customer: Customer, rendered: RenderedMessage, auditTemplate: String, asOf: LocalDate,
        warnings: inout [Diagnostic]
    ) throws(DiagnosticError) -> ChannelBody {
        let audit = AuditFields(
            idempotencyKey: plan.idempotencyKey.value, customerID: customer.id, segment: plan.segment.id,
            stage: plan.stage.id, template: auditTemplate)
        switch plan.channel {
        case .email:
            let composed = try email(plan, customer: customer, rendered: rendered, audit: audit, asOf: asOf)
            warnings += composed.message.warnings
            return .email(composed)
        case .sms:
            let budget = context.settings.smsBudget(forSegment: plan.segment.id)
            let builder = SMSBuilder(
                options: SMSOptions(maximumSegments: budget, transliterates: context.settings.smsTransliterates))
            return .sms(
                try builder.build(
                    id: plan.idempotencyKey.value, to: customer.phone, from: context.policy.sender.smsSenderID,
                    body: rendered.sms ?? "", audit: audit, location: SourceLocation(file: auditTemplate, line: 1)))
        case .letter:
            return .letter(try letter(plan, customer: customer, rendered: rendered, audit: audit))
        }
    }

    private func email(
        _ plan: StagePlan, customer: Customer, rendered: RenderedMessage, audit: AuditFields, asOf: LocalDate
    ) throws(DiagnosticError) -> ComposedEmail {
        let html = rendered.html ?? ""
        try check(Array(html.utf8), as: .transitional, template: audit.template, customerID: customer.id)
        let sender = context.policy.sender
        let settings = context.settings
        let content = EmailContent(
            from: Mailbox(sender.emailFromAddress, displayName: sender.emailFromName(locale: customer.locale)),
            to: Mailbox(customer.email, displayName: customer.displayName),
            replyTo: sender.emailReplyTo.isEmpty ? nil : Mailbox(sender.emailReplyTo),
            subject: rendered.subject ?? "", html: html, text: rendered.plainText,
            dateSeconds: Int64(asOf.daysSinceEpoch) * 86_400 + Int64(settings.sendSecondOfDay),
            timeZoneOffsetMinutes: settings.timeZoneOffsetMinutes, audit: audit,
            kind: plan.stage.kind == .marketing
                ? .marketing(unsubscribeURL: sender.unsubscribeURL(customerID: customer.id)) : .transactional,
            language: LocaleTagText.canonical(customer.locale), attachments: try invoiceAttachments(for: plan),
            inlineImages: inlineLogo(forHTML: html), messageIDDomain: sender.messageIDDomain)
        let message = try context.emailBuilder.build(content)
        return ComposedEmail(message: message, subject: content.subject, html: html)
    }

    private func letter(
        _ plan: StagePlan, customer: Customer, rendered: RenderedMessage, audit: AuditFields
    ) throws(DiagnosticError) -> ComposedLetter {
        let document = rendered.utf8(.letter) ?? []
        try check(document, as: .strict, template: audit.template, customerID: customer.id)
        let company = context.policy.company
        let name = [customer.salutation, customer.givenName, customer.familyName]
            .map(\.trimmingWhitespace).filter { !$0.isEmpty }.joined(separator: " ")
        let lines = LetterAddress.lines(
            name: name, company: customer.company, street: customer.street, postalCode: customer.postalCode,
            city: customer.city, country: customer.country,
            countryName: CountryNames.english(customer.country), senderCountry: company["country"])
        let postage: PrintManifest.Postage =
            switch plan.stage.postage ?? .standard {
            case .standard: .standard
            case .priority: .priority
            case .registered: .registered
            }
        let manifest = try PrintManifestBuilder.build(
            id: plan.idempotencyKey.value, addressLines: lines, country: customer.country, postage: postage,
            documentFile: "\(plan.idempotencyKey.value).xhtml", document: document, audit: audit)
        let manifestXML = manifest.xmlBytes
        let manifestDiagnostics = context.validator.validate(
            manifestXML, file: "print manifest for customer '\(customer.id)'", againstSchema: RunContext.manifestSchema)
        let errors = manifestDiagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return ComposedLetter(document: document, manifest: manifest, manifestXML: manifestXML)
    }

    /// Validates rendered XHTML against the DTD the channel requires.
    private func check(_ bytes: [UInt8], as flavor: XHTMLFlavor, template: String, customerID: String)
        throws(DiagnosticError)
    {
        let diagnostics = context.validator.validateXHTML(
            bytes, file: "\(template) (output for customer '\(customerID)')", as: flavor)
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        throw DiagnosticError(
            errors.map { error in
                var diagnostic = error
                diagnostic.help = diagnostic.help ?? "fix \(template) so its output is valid \(flavor.displayName)"
                return diagnostic
            })
    }

    /// The collection-agency row for a hand-over message.
    static func handoverRecord(_ plan: StagePlan, customer: Customer, asOf: LocalDate) -> HandoverRecord {
        let values: [String] = [
            customer.id, customer.displayName, customer.company, customer.street, customer.postalCode, customer.city,
            customer.country, customer.email, customer.phone, customer.locale, plan.segment.id, plan.stage.id, asOf.iso,
            plan.invoiceNumbers.joined(separator: " "), plan.oldestDueDate?.iso ?? "", String(plan.daysOverdue),
            DecimalText.format(plan.coveredTotal, minimumFractionDigits: 2),
            DecimalText.format(plan.fee, minimumFractionDigits: 2), plan.currency, plan.idempotencyKey.value,
        ]
        return HandoverRecord(values: values)
    }
}
