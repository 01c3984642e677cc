import HeraldDiagnostics
import HeraldLocale
import HeraldModel
import HeraldPolicy
import HeraldTemplates

extension Linter {
    /// Stages that can send by a channel but have no template for one of its parts, placed
    /// at the stage in `herald.yaml`.
    func missingTemplateDiagnostics(_ missing: [MissingTemplate: [String]], policy: Policy) -> [Diagnostic] {
        missing.keys.sorted { ($0.segment, $0.stageIndex, $0.part) < ($1.segment, $1.stageIndex, $1.part) }.compactMap { key in
            guard let workflow = policy.workflows[key.segment], let locales = missing[key] else { return nil }
            let stage = workflow.stages[key.stageIndex]
            let localeText = Set(locales).sorted().joined(separator: ", ")
            let folder = "templates/\(stage.template)"
            return .error(
                "authoring.missing-template",
                "stage '\(stage.id)' of workflow '\(workflow.id)' can send by \(key.channel.rawValue), but no '\(key.part.fileName)' serves it in \(localeText)",
                at: stage.location ?? workflow.location,
                help: "add \(folder)/\(key.part.fileName) (or an override in \(folder)/<locale>/ or \(folder)/segments/\(workflow.id)/)"
                    + (LintCombination.channels(of: stage).count > 1 ? ", or take \(key.channel.rawValue) out of the stage's channels" : ""))
        }
    }

    /// Template files no combination selects, with the likely reason.
    func unusedTemplateDiagnostics(used: [String: Set<String>], policy: Policy, templates: TemplateCatalog) -> [Diagnostic] {
        let usedNames = Set(used.keys.map { $0.lowercased() })
        var stagesByFolder: [String: [Stage]] = [:]
        for workflow in policy.workflows.values {
            for stage in workflow.stages { stagesByFolder[stage.template, default: []].append(stage) }
        }
        return templates.files.sorted().compactMap { name in
            guard !usedNames.contains(name.lowercased()) else { return nil }
            let parts = name.split(separator: "/").map(String.init)
            guard let folder = parts.first, let fileName = parts.last else { return nil }
            let location = SourceLocation(file: "templates/\(name)", line: 1)
            guard let stages = stagesByFolder[folder] else {
                var diagnostic = Diagnostic.warning(
                    "authoring.unused-template", "no stage in herald.yaml uses the folder '\(folder)', so this template is never sent",
                    at: location, help: "add a stage '\(folder)' to a workflow, or delete the folder")
                diagnostic.suggestion = Suggestion.didYouMean(folder, in: stagesByFolder.keys)
                return diagnostic
            }
            let part = TemplatePart.allCases.first { $0.fileName == fileName }
            let channel = TemplatePart.channels.first { TemplatePart.parts(forChannel: $0).contains { $0 == part } } ?? ""
            let canSend = stages.contains { LintCombination.channels(of: $0).map(\.rawValue).contains(channel) }
            if !canSend {
                return .warning(
                    "authoring.unused-template", "no stage '\(folder)' ever sends by \(channel), so this template is never sent",
                    at: location, help: "give the stage \(channel) as its channel or a fallback in herald.yaml, or delete the file")
            }
            if parts.count >= 4, parts[1] == "segments", policy.workflows[parts[2]] == nil {
                return .warning(
                    "authoring.unused-template", "herald.yaml has no workflow for segment '\(parts[2])', so this override is never sent",
                    at: location, help: "add the segment to herald.yaml, or delete the override")
            }
            return .warning(
                "authoring.unused-template", "more specific templates always win over this one, so it is never sent",
                at: location, help: "delete it, or delete the overrides that hide it (segment + locale, segment, locale, generic)")
        }
    }

    /// Keys templates pass to `t` that a locale they are rendered in lacks (the customer gets
    /// the default language's text), at the template position of each use. Missing keys no
    /// template uses are reported at the locale file.
    func translationDiagnostics(locales: LocaleCatalog, used: [String: Set<String>]) -> [Diagnostic] {
        // Every file a rendered template reads (partials too), with the locales it is rendered in.
        var files: [String: (source: String, locales: Set<String>)] = [:]
        for (name, renderedLocales) in used {
            for (file, source) in project.templateSources(of: "templates/\(name)") {
                files[file, default: (source, [])].locales.formUnion(renderedLocales)
            }
        }
        var uses: [(use: TranslationKeyScan.Use, locales: Set<String>)] = []
        for (file, entry) in files.sorted(by: { $0.key < $1.key }) {
            let uncommented = AuthoringProject.blankingComments(entry.source)
            for use in TranslationKeyScan.uses(in: uncommented, file: file) { uses.append((use, entry.locales)) }
        }
        let missing = locales.missingKeys()
        let usedKeys = Set(uses.map(\.use.key))
        var diagnostics = locales.lint().filter { diagnostic in
            diagnostic.code != "locale.missing-key"
                || !missing.contains { $0.diagnostic == diagnostic && usedKeys.contains($0.key) }
        }
        for gap in missing where usedKeys.contains(gap.key) {
            let sites = uses.filter { $0.use.key == gap.key && $0.locales.contains { LocaleTag($0)?.truncations.contains(gap.locale) == true } }
            for site in sites {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "authoring.missing-translation",
                        message: "translation key '\(gap.key)' is missing in '\(gap.locale)', so those customers get the '\(locales.defaultLocale)' text here",
                        location: site.use.location, help: "add '\(gap.key)' to \(locales.file(for: gap.locale) ?? "locales/\(gap.locale).yml")",
                        notes: [
                            Diagnostic(.note, code: "authoring.missing-translation", message: "add it here", location: gap.location),
                            Diagnostic(.note, code: "authoring.missing-translation", message: "the '\(locales.defaultLocale)' text", location: gap.reference),
                        ]))
            }
        }
        return diagnostics
    }
}
