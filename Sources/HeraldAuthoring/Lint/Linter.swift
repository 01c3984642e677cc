import Foundation
import HeraldChannels
import HeraldDiagnostics
import HeraldLocale
import HeraldModel
import HeraldPolicy
import HeraldTemplates

/// `herald lint`: checks every template and locale file, then renders every message the
/// policy can produce (stage × channel × segment × locale) for sample customers, and reports
/// every problem at the template line that causes it.
///
/// ```swift
/// let project = AuthoringProject.load(root: projectURL)
/// let report = Linter(project: project, samples: customers).run()
/// if report.hasErrors { … }
/// ```
public struct Linter: Sendable {
    /// The project under test.
    public let project: AuthoringProject
    /// The customers messages are rendered for (at least one).
    public let samples: [Customer]
    /// The SMS rules of the run (segment budget, transliteration).
    public let smsOptions: SMSOptions
    /// The date sample customers are put in segments on.
    public let asOf: LocalDate

    /// Creates a linter.
    ///
    /// - Parameters:
    ///   - project: The loaded project.
    ///   - samples: Sample customers; the built-in one when empty.
    ///   - asOf: The date sample customers are put in segments on (usually today).
    ///   - smsOptions: The segment budget and transliteration the run uses.
    public init(project: AuthoringProject, samples: [Customer], asOf: LocalDate, smsOptions: SMSOptions = SMSOptions()) {
        self.project = project
        self.asOf = asOf
        self.samples = samples.isEmpty ? [SampleCustomers.builtIn] : samples
        self.smsOptions = smsOptions
    }

    /// Runs every check.
    public func run() -> LintReport {
        var collector = DiagnosticCollector()
        collector.add(project.loadDiagnostics)
        guard let policy = project.policy, let renderer = project.renderer, let locales = project.locales else {
            return LintReport(diagnostics: collector.diagnostics, combinations: 0, renders: 0)
        }
        collector.add(renderer.validate())
        let localeTags = Self.locales(catalog: locales, templates: renderer.templates, samples: samples)
        let combinations = LintCombination.all(policy: policy, locales: localeTags)
        var state = RenderState()
        state.sampleSegments = samples.map { customer in
            let history = PaymentHistory(invoices: customer.invoices, asOf: asOf, rules: policy.historyRules)
            return policy.segment(for: customer, history: history).id
        }
        for combination in combinations {
            check(combination, policy: policy, renderer: renderer, state: &state, collector: &collector)
        }
        for diagnostic in missingTemplateDiagnostics(state.missing, policy: policy) { collector.add(diagnostic) }
        for diagnostic in unusedTemplateDiagnostics(used: state.used, policy: policy, templates: renderer.templates) {
            collector.add(diagnostic)
        }
        for diagnostic in translationDiagnostics(locales: locales, used: state.used) { collector.add(diagnostic) }
        return LintReport(diagnostics: collector.diagnostics, combinations: combinations.count, renders: state.renders)
    }

    /// The locales to render in: every locale file (replaced by the regional tags the samples
    /// use for that language, such as `nl-NL` for `nl`, so formatting is the customers'), and
    /// every locale folder in `templates/`, so each template override is exercised.
    static func locales(catalog: LocaleCatalog, templates: TemplateCatalog, samples: [Customer]) -> [String] {
        var tags: Set<String> = []
        let sampleTags = Set(samples.compactMap { LocaleTag($0.locale) })
        for tag in catalog.locales {
            let regional = sampleTags.filter { $0.truncations.contains(tag) && !catalog.locales.contains($0) }
            if tag.region == nil, !regional.isEmpty {
                tags.formUnion(regional.map(\.rawValue))
            } else {
                tags.insert(tag.rawValue)
            }
        }
        for file in templates.files {
            let parts = file.split(separator: "/").map(String.init)
            let folder = parts.count == 3 ? parts[1] : parts.count == 5 ? parts[3] : nil
            if let folder, let tag = LocaleTag(folder) { tags.insert(tag.rawValue) }
        }
        return tags.sorted()
    }

    // MARK: Rendering one combination

    struct RenderState {
        /// Template name (relative to templates/) → the locales it was rendered in.
        var used: [String: Set<String>] = [:]
        /// (segment, stage index, part) → locales without a template.
        var missing: [MissingTemplate: [String]] = [:]
        var renders = 0
        /// The segment the policy puts each sample in, as of the lint date.
        var sampleSegments: [String] = []
    }

    struct MissingTemplate: Hashable {
        var segment: String
        var stageIndex: Int
        var part: TemplatePart
        var channel: ChannelKind
    }

    private func check(
        _ combination: LintCombination, policy: Policy, renderer: MessageRenderer, state: inout RenderState,
        collector: inout DiagnosticCollector
    ) {
        guard let workflow = policy.workflows[combination.segment] else { return }
        let base = sample(for: combination, segments: state.sampleSegments)
        let message = SampleMessage(
            base: base, workflow: workflow, stageIndex: combination.stageIndex, channel: combination.channel,
            locale: combination.locale, policy: policy)
        let context = "\(combination) for sample customer '\(base.id)'"
        for part in TemplatePart.parts(forChannel: combination.channel.rawValue) {
            let selection = TemplateSelection(
                stage: combination.templateFolder, part: part, segment: combination.segment, locale: LocaleTag(combination.locale))
            guard let template = renderer.templates.resolve(selection) else {
                if !part.isOptional {
                    let key = MissingTemplate(segment: combination.segment, stageIndex: combination.stageIndex, part: part, channel: combination.channel)
                    state.missing[key, default: []].append(combination.locale)
                }
                continue
            }
            state.used[template.name, default: []].insert(combination.locale)
            state.renders += 1
            let output: String
            do {
                output = try renderer.render(template, data: message.data, locale: combination.locale)
            } catch {
                collector.add(error.diagnostics, context: context)
                continue
            }
            let checks = OutputChecks(project: project, smsOptions: smsOptions)
            collector.add(checks.check(output, part: part, template: template, customer: message.customer), context: context)
        }
    }

    /// The sample that fits best: one the policy puts in the combination's segment and whose
    /// locale (else language) matches, else one whose language matches, else the first.
    private func sample(for combination: LintCombination, segments: [String]) -> Customer {
        let language = LocaleTagText.language(of: combination.locale)
        let indices = samples.indices
        let inSegment = indices.filter { segments[$0] == combination.segment }
        let pick =
            inSegment.first { samples[$0].locale == combination.locale }
            ?? inSegment.first { LocaleTagText.language(of: samples[$0].locale) == language }
            ?? inSegment.first ?? indices.first { LocaleTagText.language(of: samples[$0].locale) == language }
        return samples[pick ?? 0]
    }
}
