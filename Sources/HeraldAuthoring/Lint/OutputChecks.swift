import Foundation
import HeraldChannels
import HeraldDiagnostics
import HeraldModel
import HeraldTemplates
import HeraldXML

/// The checks lint runs on one rendered part, with every finding placed in the template.
struct OutputChecks {
    let project: AuthoringProject
    let smsOptions: SMSOptions

    /// Checks a rendered part: XHTML parts against their DTD (email: XHTML 1.0 Transitional,
    /// letter: XHTML 1.0 Strict), an SMS against the segment budget, a subject for being empty.
    func check(_ output: String, part: TemplatePart, template: ResolvedTemplate, customer: Customer) -> [Diagnostic] {
        switch part {
        case .emailHTML: xhtml(output, flavor: .transitional, template: template)
        case .letter: xhtml(output, flavor: .strict, template: template)
        case .sms: sms(output, template: template, customer: customer)
        case .subject where output.isEmpty:
            [.error("authoring.empty-subject", "the email subject is empty", at: SourceLocation(file: template.path, line: 1), help: "write the subject text in this file")]
        case .subject, .emailText: []
        }
    }

    // MARK: XHTML

    private func xhtml(_ output: String, flavor: XHTMLFlavor, template: ResolvedTemplate) -> [Diagnostic] {
        let found = project.validator.validateXHTML(Array(output.utf8), file: template.path, as: flavor)
        guard !found.isEmpty else { return [] }
        let map = lineMap(for: template)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        return found.map { relocate($0, map: map, lines: lines, template: template, flavor: flavor) }
    }

    /// Moves a diagnostic about the rendered output to the template line that wrote it, and
    /// keeps the rendered line as a note.
    private func relocate(
        _ diagnostic: Diagnostic, map: TemplateLineMap, lines: [Substring], template: ResolvedTemplate, flavor: XHTMLFlavor
    ) -> Diagnostic {
        var moved = diagnostic
        moved.message = "\(flavor.displayName): \(diagnostic.message)"
        guard let location = diagnostic.location, location.file == template.path else { return moved }
        let excerpt = location.line >= 1 && location.line <= lines.count
            ? String(lines[location.line - 1].trimmingCharacters(in: .whitespaces).prefix(160)) : ""
        if let position = map.locate(line: location.line, column: location.column, in: lines) {
            moved.location = SourceLocation(file: position.file, line: position.line, column: position.column)
        } else {
            moved.location = SourceLocation(file: template.path, line: 1)
            moved.help = (moved.help.map { $0 + "; " } ?? "") + "lint could not find the template line that wrote this output"
        }
        moved.notes.append(
            Diagnostic(.note, code: diagnostic.code, message: "rendered output line \(location.line): \(excerpt)"))
        return moved
    }

    /// The template's literal text, plus the partials it renders.
    private func lineMap(for template: ResolvedTemplate) -> TemplateLineMap {
        var map = TemplateLineMap()
        guard let source = project.source(of: template.path) else { return map }
        map.add(path: template.path, source: source)
        for name in Self.partialNames(in: source) {
            for candidate in ["templates/_partials/\(name).liquid", "templates/_partials/\(name)", "templates/\(name).liquid"] {
                if let partial = project.source(of: candidate) {
                    map.add(path: candidate, source: partial)
                    break
                }
            }
        }
        return map
    }

    /// The names in `{% render "x" %}` and `{% include "x" %}`.
    static func partialNames(in source: String) -> [String] {
        var names: [String] = []
        var rest = source[...]
        while let tag = rest.range(of: "{%") {
            rest = rest[tag.upperBound...]
            let body = rest.drop { $0 == "-" || $0 == " " }
            guard body.hasPrefix("render") || body.hasPrefix("include") else { continue }
            let afterWord = body.drop { $0.isLetter }.drop { $0 == " " }
            guard let quote = afterWord.first, quote == "\"" || quote == "'" else { continue }
            let name = afterWord.dropFirst().prefix { $0 != quote }
            if !name.isEmpty { names.append(String(name)) }
        }
        return names
    }

    // MARK: SMS

    private func sms(_ output: String, template: ResolvedTemplate, customer: Customer) -> [Diagnostic] {
        let audit = AuditFields(idempotencyKey: "lint", customerID: customer.id, segment: "", stage: "", template: template.path)
        let source = project.source(of: template.path) ?? ""
        do {
            let message = try SMSBuilder(options: smsOptions).build(
                id: "lint", to: "+31612345678", from: "Herald", body: output, audit: audit,
                location: SourceLocation(file: template.path, line: 1))
            return ucs2Warning(message.segmentation, source: source, template: template)
        } catch {
            return error.diagnostics.map { diagnostic in
                var moved = diagnostic
                if diagnostic.code == "sms.too-many-segments" {
                    let measure = SMSSegmentation(body: smsOptions.transliterates ? SMSTransliterator.transliterate(output) : output)
                    moved.location = firstLiteral(of: measure.nonGSMCharacters, in: source, file: template.path)
                        ?? SourceLocation(file: template.path, line: 1)
                    moved.notes.append(
                        Diagnostic(
                            .note, code: diagnostic.code,
                            message: "\(measure.characters) characters, \(measure.segments) segments as \(measure.encoding.rawValue)"))
                }
                return moved
            }
        }
    }

    /// A warning when a character written in the template itself forces UCS-2 (70 characters
    /// per segment instead of 160), even though the message fits its budget.
    private func ucs2Warning(_ measure: SMSSegmentation, source: String, template: ResolvedTemplate) -> [Diagnostic] {
        guard measure.encoding == .ucs2,
            let location = firstLiteral(of: measure.nonGSMCharacters, in: source, file: template.path)
        else { return [] }
        let list = measure.nonGSMCharacters.map { "'\($0)'" }.joined(separator: ", ")
        return [
            .warning(
                "authoring.sms-ucs2",
                "the SMS is sent as UCS-2 (70 characters a segment, not 160) because of \(list); it needs \(measure.segments) segment\(measure.segments == 1 ? "" : "s")",
                at: location, help: "replace the character with a GSM-7 one to fit more text in each segment")
        ]
    }

    /// Where the first of `characters` appears in the template text.
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
