import Foundation
import Foundation
import HeraldDiagnostics
import HeraldLocale
import HeraldModel
import HeraldPolicy
import HeraldRun
import HeraldTemplates
import OrderedCollections

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
    /// How many sample customers of different shapes each combination is built for.
    public let samplesPerCombination: Int

    /// Creates a linter.
    ///
    /// - Parameters:
    ///   - project: The loaded project.
    ///   - samples: Sample customers; the built-in one when empty.
    ///   - asOf: The date sample customers are put in segments on (usually today).
    ///   - settings: The composition settings the run uses (SMS budgets, transliteration).
    ///   - samplesPerCombination: How many samples of different shapes each combination is built for.
    public init(
        project: AuthoringProject, samples: [Customer], asOf: LocalDate, settings: ComposerSettings = ComposerSettings(),
        samplesPerCombination: Int = 3
    ) {
        self.project = project
        self.asOf = asOf
        self.samples = samples.isEmpty ? [SampleCustomers.builtIn] : samples
        self.settings = settings
        self.samplesPerCombination = max(1, samplesPerCombination)
    }

    /// Runs every check. Combinations are built concurrently on every core; the report is
    /// the same, in the same order, whatever the number of cores.
    public func run() async -> LintReport {
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
        collector.add(conditionDiagnostics(policy: policy))
        let localeTags = Self.locales(catalog: locales, templates: renderer.templates, samples: samples)
        let combinations = LintCombination.all(policy: policy, locales: localeTags)
        var state = RenderState()
        let sampleSegments = samples.map { customer in
            let history = PaymentHistory(invoices: customer.invoices, asOf: asOf, rules: policy.historyRules)
            return policy.segment(for: customer, history: history).id
        }
        let results = await withTaskGroup(of: [(Int, CombinationResult)].self) { group in
            let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
            for worker in 0..<workers {
                group.addTask {
                    var done: [(Int, CombinationResult)] = []
                    for index in stride(from: worker, to: combinations.count, by: workers) {
                        done.append((index, check(combinations[index], composer: composer, sampleSegments: sampleSegments)))
                    }
                    return done
                }
            }
            var ordered = [CombinationResult?](repeating: nil, count: combinations.count)
            for await batch in group { for (index, result) in batch { ordered[index] = result } }
            return ordered.compactMap { $0 }
        }
        for result in results {
            for (key, locale) in result.missing { state.missing[key, default: []].append(locale) }
            for (name, locale) in result.used { state.used[name, default: []].insert(locale) }
            state.messages += result.messages
            for (diagnostics, context) in result.findings { collector.add(diagnostics, context: context) }
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
    }

    /// What building one combination found.
    struct CombinationResult: Sendable {
        /// Templates used: (name relative to templates/, locale).
        var used: [(String, String)] = []
        /// Parts without a template, with the locale.
        var missing: [(MissingTemplate, String)] = []
        /// Messages built.
        var messages = 0
        /// Diagnostics, with the combination and sample they came from.
        var findings: [([Diagnostic], String)] = []
    }

    struct MissingTemplate: Hashable, Sendable {
        var segment: String
        var stageIndex: Int
        var part: TemplatePart
        var channel: ChannelKind
    }

    private func check(_ combination: LintCombination, composer: MessageComposer, sampleSegments: [String]) -> CombinationResult {
        let context = composer.context
        var result = CombinationResult()
        guard let workflow = context.policy.workflows[combination.segment] else { return result }
        for part in TemplatePart.parts(forChannel: combination.channel.rawValue) {
            let selection = TemplateSelection(
                stage: combination.templateFolder, part: part, segment: combination.segment, locale: LocaleTag(combination.locale))
            if let template = context.renderer.templates.resolve(selection) {
                result.used.append((template.name, combination.locale))
            } else if !part.isOptional {
                let key = MissingTemplate(segment: combination.segment, stageIndex: combination.stageIndex, part: part, channel: combination.channel)
                result.missing.append((key, combination.locale))
            }
        }
        guard result.missing.isEmpty else { return result }
        for base in samples(for: combination, segments: sampleSegments) {
            result.messages += 1
            let placed = SampleMessage(
                base: base, workflow: workflow, stageIndex: combination.stageIndex, channel: combination.channel,
                locale: combination.locale)
            let description = "\(combination) for sample customer '\(base.id)'"
            let outcome = composer.compose(
                customer: placed.customer, asOf: placed.asOf, alreadySent: [:], forcedStage: combination.stage,
                forcedChannel: combination.channel)
            let placement = DiagnosticPlacement(
                project: project, context: context, outcome: outcome, customer: placed.customer, asOf: placed.asOf)
            switch outcome.result {
            case .message(let message):
                result.findings.append((message.warnings + placement.warnings(for: message), description))
            case .rejected(let rejection):
                result.findings.append((rejection.diagnostics.map(placement.place), description))
            case .nothingDue(let reason), .held(let reason):
                let diagnostic = Diagnostic.warning(
                    "authoring.not-rendered", "lint could not render this combination: \(reason.text)",
                    help: "pass sample customers that fit it with --sample FILE")
                result.findings.append(([diagnostic], description))
            }
        }
        return result
    }

    /// The samples that fit best, up to ``samplesPerCombination``, of different shapes (a
    /// company or a person, one invoice or several, with or without extra fields such as a
    /// vehicle), so both sides of the templates' `if`s and both plural forms get rendered:
    /// first those the policy puts in the combination's segment, in its locale, then its
    /// language, then any in the segment, then any in the language, then the first sample.
    private func samples(for combination: LintCombination, segments: [String]) -> [Customer] {
        let language = Self.language(of: combination.locale)
        let inSegment = samples.indices.filter { segments[$0] == combination.segment }
        let sameLanguage = { (index: Int) in Self.language(of: self.samples[index].locale) == language }
        let ordered =
            inSegment.filter { samples[$0].locale == combination.locale } + inSegment.filter(sameLanguage) + inSegment
            + samples.indices.filter(sameLanguage) + [0]
        var shapes: Set<Shape> = []
        var picked: [Int] = []
        for index in ordered where !picked.contains(index) && picked.count < samplesPerCombination {
            if shapes.insert(Shape(samples[index])).inserted { picked.append(index) }
        }
        return picked.map { samples[$0] }
    }

    /// What makes two samples exercise different template branches.
    private struct Shape: Hashable {
        var isCompany: Bool
        var severalInvoices: Bool
        var extraFields: [String]

        init(_ customer: Customer) {
            isCompany = !customer.company.isEmpty
            severalInvoices = customer.invoices.filter { $0.status != .paid }.count > 1
            extraFields = customer.extra.keys.sorted()
        }
    }
}
