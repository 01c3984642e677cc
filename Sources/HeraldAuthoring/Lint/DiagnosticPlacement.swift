import Foundation
import HeraldChannels
import HeraldDiagnostics
import HeraldLocale
import HeraldModel
import HeraldPolicy
import HeraldRun
import HeraldTemplates
import HeraldXML

/// Puts the composer's findings about rendered output where an editor can fix them: an XHTML
/// error on the template line that wrote the bad markup, an SMS over budget at the character
/// that forced UCS-2. It renders the part again with the very data the composer used.
struct DiagnosticPlacement {
    let project: AuthoringProject
    let context: RunContext
    let outcome: ComposedOutcome
    let customer: Customer
    let asOf: LocalDate

    /// Marks the composer's XHTML diagnostics: `<template> (output for customer 'C1')`.
    private static let outputMarker = " (output for customer "

    /// The diagnostic at its template position when it is about rendered output; unchanged otherwise.
    func place(_ diagnostic: Diagnostic) -> Diagnostic {
        if let file = diagnostic.location?.file, let marker = file.range(of: Self.outputMarker) {
            let templatePath = String(file[..<marker.lowerBound])
            let part: TemplatePart = templatePath.hasSuffix(TemplatePart.letter.fileName) ? .letter : .emailHTML
            guard let output = render(part) else { return diagnostic }
            return placeXHTML(diagnostic, output: output, templatePath: templatePath, part: part)
        }
        if let location = diagnostic.location, location.file.hasPrefix("print manifest for customer ") {
            // A generated document, not a file an editor can open: merge the findings across
            // customers and keep where it was as a note.
            var moved = diagnostic
            moved.location = nil
            moved.message = "print manifest: " + diagnostic.message
            moved.notes.append(Diagnostic(.note, code: diagnostic.code, message: "at \(location)"))
            return moved
        }
        if diagnostic.code == "sms.too-many-segments", let output = render(.sms), let file = diagnostic.location?.file {
            var moved = diagnostic
            let measure = SMSSegmentation(body: context.settings.smsTransliterates ? SMSTransliterator.transliterate(output) : output)
            moved.location = firstLiteral(of: measure.nonGSMCharacters, inTemplate: file)
                ?? firstContent(of: file) ?? diagnostic.location
            moved.notes.append(
                Diagnostic(
                    .note, code: diagnostic.code,
                    message: "\(measure.characters) characters, \(measure.segments) segments as \(measure.encoding.rawValue): \(output.prefix(200))"))
            return moved
        }
        return diagnostic
    }

    /// Warnings about a message that was built: an SMS in UCS-2 because of a character the
    /// template itself writes.
    func warnings(for message: ComposedMessage) -> [Diagnostic] {
        guard case .sms(let sms) = message.body, sms.segmentation.encoding == .ucs2,
            let path = message.templatePaths[.sms],
            let location = firstLiteral(of: sms.segmentation.nonGSMCharacters, inTemplate: path)
        else { return [] }
        let measure = sms.segmentation
        let list = measure.nonGSMCharacters.map { "'\($0)'" }.joined(separator: ", ")
        return [
            .warning(
                "authoring.sms-ucs2",
                "the SMS is sent as UCS-2 (70 characters a segment, not 160) because of \(list); it takes \(Counted.phrase(measure.segments, "segment"))",
                at: location, help: "replace the character with a GSM-7 one to fit more text in each segment")
        ]
    }

    // MARK: Re-rendering

    /// The part rendered again with the composer's data, or `nil` when there was no plan.
    private func render(_ part: TemplatePart) -> String? {
        guard case .send(let plan) = outcome.decision else { return nil }
        let data = TemplateData(customer: customer, history: outcome.history, plan: plan, asOf: asOf, policy: context.policy)
        let selection = TemplateSelection(stage: plan.stage.template, part: part, segment: plan.segment.id, locale: LocaleTag(data.locale))
        guard let template = context.renderer.templates.resolve(selection) else { return nil }
        return try? context.renderer.render(template, data: data.value, locale: data.locale)
    }

    // MARK: XHTML

    private func placeXHTML(_ diagnostic: Diagnostic, output: String, templatePath: String, part: TemplatePart) -> Diagnostic {
        let flavor: XHTMLFlavor = part == .letter ? .strict : .transitional
        var moved = diagnostic
        if !diagnostic.message.contains(flavor.displayName) {
            moved.message = "\(flavor.displayName): \(diagnostic.message)"
        }
        guard let location = diagnostic.location else { return moved }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let excerpt =
            location.line >= 1 && location.line <= lines.count
            ? String(lines[location.line - 1].trimmingCharacters(in: .whitespaces).prefix(160)) : ""
        if let position = lineMap(for: templatePath).locate(line: location.line, column: location.column, in: lines) {
            moved.location = SourceLocation(file: position.file, line: position.line, column: position.column)
        } else {
            moved.location = SourceLocation(file: templatePath, line: 1)
            moved.help = (moved.help.map { $0 + "; " } ?? "") + "lint could not find the template line that wrote this output"
        }
        moved.notes.append(Diagnostic(.note, code: diagnostic.code, message: "rendered output line \(location.line): \(excerpt)"))
        return moved
    }

    /// The template's literal text, plus the partials it renders.
    private func lineMap(for templatePath: String) -> TemplateLineMap {
        var map = TemplateLineMap()
        for (path, source) in project.templateSources(of: templatePath) { map.add(path: path, source: source) }
        return map
    }

    /// The first line of a template that is not a comment: where its text starts.
    private func firstContent(of path: String) -> SourceLocation? {
        guard let source = project.source(of: path) else { return nil }
        for (index, line) in AuthoringProject.blankingComments(source).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let first = line.unicodeScalars.firstIndex(where: { !$0.properties.isWhitespace }) {
                return SourceLocation(file: path, line: index + 1, column: line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: first) + 1)
            }
        }
        return nil
    }

    /// Where the first of `characters` appears in the text of a template or its partials.
    private func firstLiteral(of characters: [Character], inTemplate path: String) -> SourceLocation? {
        for (file, source) in project.templateSources(of: path) {
            if let location = firstLiteral(of: characters, in: AuthoringProject.blankingComments(source), file: file) { return location }
        }
        return nil
    }

    /// Where the first of `characters` appears in `source`, outside Liquid comments.
    private func firstLiteral(of characters: [Character], in source: String, file: String) -> SourceLocation? {
        var line = 1
        var column = 1
        for character in source {
            if characters.contains(character) { return SourceLocation(file: file, line: line, column: column) }
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return nil
    }
}
