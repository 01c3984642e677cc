import Foundation
import HeraldDiagnostics
import HeraldLocale
import HeraldModel
import HeraldPolicy
import HeraldRun
import HeraldTemplates

/// `herald lint`: checks every template and locale file, then builds every message the
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
    /// The run's composition settings (SMS budgets, default locale).
    public let settings: ComposerSettings
    /// The date sample customers are put in segments on.
    public let asOf: LocalDate

    /// Creates a linter.
    ///
    /// - Parameters:
    ///   - project: The loaded project.
    ///   - samples: Sample customers; the built-in one when empty.
    ///   - asOf: The date sample customers are put in segments on (usually today).
    ///   - settings: The composition settings the run uses (SMS budgets, transliteration).
    public init(project: AuthoringProject, samples: [Customer], asOf: LocalDate, settings: ComposerSettings = ComposerSettings()) {
        self.project = project
        self.asOf = asOf
        self.samples = samples.isEmpty ? [SampleCustomers.builtIn] : samples
        self.settings = settings
    }

    /// Runs every check.
    public func run() -> LintReport {
        var collector = DiagnosticCollector()
        collector.add(project.loadDiagnostics)
        guard let context = project.runContext(settings: settings) else {
            return LintReport(diagnostics: collector.diagnostics, combinations: 0, messages: 0)
        }
        let policy = context.policy
        let renderer = context.renderer
        let locales = context.locales
        let composer = MessageComposer(context: context)
        collector.add(renderer.validate())
        let localeTags = Self.locales(catalog: locales, templates: renderer.templates, samples: samples)
        let combinations = LintCombination.all(policy: policy, locales: localeTags)
        var state = RenderState()
        state.sampleSegments = samples.map { customer in
            let history = PaymentHistory(invoices: customer.invoices, asOf: asOf, rules: policy.historyRules)
            return policy.segment(for: customer, history: history).id
        }
        for combination in combinations {
            check(combination, composer: composer, state: &state, collector: &collector)
        }
        for diagnostic in missingTemplateDiagnostics(state.missing, policy: policy) { collector.add(diagnostic) }
        for diagnostic in unusedTemplateDiagnostics(used: state.used, policy: policy, templates: renderer.templates) {
            collector.add(diagnostic)
        }
        for diagnostic in translationDiagnostics(locales: locales, used: state.used) { collector.add(diagnostic) }
        return LintReport(diagnostics: collector.diagnostics, combinations: combinations.count, messages: state.messages)
    }

    /// The locales to render in: every locale file (replaced by the regional tags the samples
    /// use for that language, such as `nl-NL` for `nl`, so formatting is the customers'), and
    /// every locale folder in `templates/`, so each template override is exercised.
    static func language(of locale: String) -> String { LocaleTag(locale)?.language ?? locale }

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
        var messages = 0
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
        _ combination: LintCombination, composer: MessageComposer, state: inout RenderState,
        collector: inout DiagnosticCollector
    ) {
        let context = composer.context
        guard let workflow = context.policy.workflows[combination.segment] else { return }
        let base = sample(for: combination, segments: state.sampleSegments)
        let placed = SampleMessage(
            base: base, workflow: workflow, stageIndex: combination.stageIndex, channel: combination.channel,
            locale: combination.locale)
        let description = "\(combination) for sample customer '\(base.id)'"
        var complete = true
        let parts = TemplatePart.parts(forChannel: combination.channel.rawValue)
        for part in parts {
            let selection = TemplateSelection(
                stage: combination.templateFolder, part: part, segment: combination.segment, locale: LocaleTag(combination.locale))
            if let template = context.renderer.templates.resolve(selection) {
                state.used[template.name, default: []].insert(combination.locale)
            } else if !part.isOptional {
                let key = MissingTemplate(segment: combination.segment, stageIndex: combination.stageIndex, part: part, channel: combination.channel)
                state.missing[key, default: []].append(combination.locale)
                complete = false
            }
        }
        guard complete else { return }
        state.messages += 1
        let outcome = composer.compose(
            customer: placed.customer, asOf: placed.asOf, alreadySent: [], forcedStage: combination.stage,
            forcedChannel: combination.channel)
        let placement = DiagnosticPlacement(project: project, context: context, outcome: outcome, customer: placed.customer, asOf: placed.asOf)
        switch outcome.result {
        case .message(let message):
            collector.add(message.warnings + placement.warnings(for: message), context: description)
        case .rejected(let rejection):
            collector.add(rejection.diagnostics.map(placement.place), context: description)
        case .nothingDue(let reason), .held(let reason):
            collector.add(
                .warning(
                    "authoring.not-rendered", "lint could not render this combination: \(reason.text)",
                    help: "pass sample customers that fit it with --sample FILE"),
                context: description)
        }
    }

    /// The sample that fits best: one the policy puts in the combination's segment and whose
    /// locale (else language) matches, else one whose language matches, else the first.
    private func sample(for combination: LintCombination, segments: [String]) -> Customer {
        let language = Self.language(of: combination.locale)
        let indices = samples.indices
        let inSegment = indices.filter { segments[$0] == combination.segment }
        let pick =
            inSegment.first { samples[$0].locale == combination.locale }
            ?? inSegment.first { Self.language(of: samples[$0].locale) == language }
            ?? inSegment.first ?? indices.first { Self.language(of: samples[$0].locale) == language }
        return samples[pick ?? 0]
    }
}
