internal import CHeraldLibXML2
import HeraldDiagnostics

/// Cleans libxml2 message text into Herald's style.
enum IssueText {
    /// One line, lower-case start (unless it starts with an acronym), no trailing period.
    static func clean(_ message: String) -> String {
        var text = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        while let last = text.last, last == "." || last.isWhitespace { text.removeLast() }
        if let first = text.first, first.isUppercase {
            let second = text.dropFirst().first
            if second == nil || !(second?.isUppercase ?? false) {
                text = first.lowercased() + text.dropFirst()
            }
        }
        return text
    }
}

/// Turns libxml2 issues into Herald diagnostics for one document.
struct IssueTranslator {
    /// The file name diagnostics point at.
    var file: String
    /// The document's bytes, to place carets for errors libxml2 reports without a column.
    var source: SourceLines
    /// The DTD the document was checked against, for wording and suggestions.
    var dtd: LoadedDTD?

    /// The diagnostic for `issue`, or `nil` when it repeats another one.
    func diagnostic(for issue: XMLIssue) -> Diagnostic? {
        if issue.domain == Int32(XML_FROM_VALID.rawValue) || issue.domain == Int32(XML_FROM_DTD.rawValue) {
            return validity(issue)
        }
        if issue.domain == Int32(XML_FROM_SCHEMASV.rawValue) {
            return schemaValidity(issue)
        }
        return parser(issue)
    }

    private func location(_ issue: XMLIssue, element: String? = nil, attribute: String? = nil) -> SourceLocation? {
        guard issue.line > 0 else { return nil }
        if issue.column > 0 { return SourceLocation(file: file, line: issue.line, column: issue.column) }
        if let element, let found = source.locate(element: element, attribute: attribute, near: issue.line) {
            return SourceLocation(file: file, line: found.line, column: found.column, length: found.length)
        }
        return SourceLocation(file: file, line: issue.line)
    }

    private var grammar: String { dtd?.flavor.displayName ?? "the DTD" }

    private func validity(_ issue: XMLIssue) -> Diagnostic? {
        let code = xmlParserErrors(UInt32(issue.code))
        switch code {
        case XML_DTD_MISSING_ATTRIBUTE:
            let element = issue.str1 ?? "?"
            let attribute = issue.str2 ?? "?"
            let help =
                element == "img" && attribute == "alt"
                ? "add an alt attribute; use alt=\"\" for decorative images"
                : "add the required attribute '\(attribute)' to <\(element)>"
            return .error(
                .xmlDTDInvalid, "element '\(element)' is missing required attribute '\(attribute)'",
                at: location(issue, element: element), help: help)
        case XML_DTD_UNKNOWN_ELEM:
            let element = issue.str1 ?? "?"
            var diagnostic = Diagnostic.error(
                .xmlDTDInvalid, "element '\(element)' is not declared in \(grammar)",
                at: location(issue, element: element),
                help: "remove <\(element)> or replace it with an element \(grammar) declares")
            if let dtd { diagnostic.suggestion = Suggestion.didYouMean(element, in: dtd.elementNames) }
            return diagnostic
        case XML_DTD_UNKNOWN_ATTRIBUTE:
            // "No declaration for attribute NAME of element NAME" (the namespace variant
            // passes its names differently, so read them from the message).
            let words = issue.message.split(separator: " ")
            let attribute = words.count > 4 ? String(words[4]) : issue.str1 ?? "?"
            let element = words.last.map(String.init) ?? issue.str2 ?? "?"
            var diagnostic = Diagnostic.error(
                .xmlDTDInvalid, "attribute '\(attribute)' is not allowed on <\(element)> in \(grammar)",
                at: location(issue, element: element, attribute: attribute),
                help: "remove the attribute, or use one \(grammar) declares for <\(element)>")
            if let dtd {
                diagnostic.suggestion = Suggestion.didYouMean(attribute, in: dtd.attributeNames(of: element))
            }
            return diagnostic
        case XML_DTD_INVALID_CHILD:
            let child = issue.str1 ?? "?"
            let parent = issue.str2 ?? "?"
            // An undeclared child also gets its own "not declared" diagnostic; keep only that.
            if let dtd, !dtd.elementNames.contains(child) { return nil }
            return .error(
                .xmlDTDInvalid, "element '\(child)' is not allowed inside <\(parent)> in \(grammar)",
                at: location(issue, element: child),
                help: "move <\(child)> out of <\(parent)>, or use an element <\(parent)> may contain")
        case XML_DTD_CONTENT_MODEL, XML_DTD_NOT_EMPTY, XML_DTD_EMPTY_NOTATION:
            let element = issue.str1
            var message = IssueText.clean(issue.message)
            if let element, message.hasPrefix("element \(element) content does not follow the DTD, ") {
                message = "element '\(element)' content does not follow the DTD: "
                    + message.dropFirst("element \(element) content does not follow the DTD, ".count)
            }
            return .error(
                .xmlDTDInvalid, message, at: location(issue, element: element),
                help: "change the children of <\(element ?? "the element")> to what \(grammar) allows")
        default:
            return Diagnostic(
                issue.level == .warning ? .warning : .error, code: .xmlDTDInvalid,
                message: IssueText.clean(issue.message), location: location(issue, element: issue.str2 ?? issue.str1),
                help: "change the document so it follows \(grammar)")
        }
    }

    private func schemaValidity(_ issue: XMLIssue) -> Diagnostic {
        let element = SchemaMessage.elementName(in: issue.message)
        return Diagnostic(
            issue.level == .warning ? .warning : .error, code: .xmlSchemaInvalid,
            message: IssueText.clean(SchemaMessage.withoutNamespaces(issue.message)), location: location(issue, element: element),
            help: "change the document so it follows its schema in schemas/")
    }

    private func parser(_ issue: XMLIssue) -> Diagnostic {
        let code = xmlParserErrors(UInt32(issue.code))
        let at = location(issue)
        if issue.level == .warning {
            return .warning(.xmlWarning, IssueText.clean(issue.message), at: at)
        }
        switch code {
        case XML_ERR_TAG_NAME_MISMATCH:
            let open = issue.str1 ?? "?"
            let close = issue.str2 ?? "?"
            return .error(
                .xmlNotWellFormed, "closing tag '\(close)' does not match the open element '\(open)' (line \(issue.int1))",
                at: at, help: "close <\(open)> with </\(open)> before </\(close)>, or fix the misspelled tag")
        case XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY:
            let name = issue.str1 ?? "?"
            return .error(
                .xmlUndeclaredEntity, "entity '&\(name);' is not declared",
                at: at,
                help: "use a numeric character reference (such as &#160; for &nbsp;) or an XHTML DOCTYPE that declares it")
        case XML_ERR_NAME_REQUIRED, XML_ERR_ENTITYREF_SEMICOL_MISSING:
            let message =
                issue.message.hasPrefix("xmlParseEntityRef: no name")
                ? "unescaped '&': it does not start an entity reference" : IssueText.clean(issue.message)
            return .error(
                .xmlNotWellFormed, message, at: at,
                help: "write a literal '&' as &amp; (in text and in attribute values such as URLs)")
        case XML_ERR_LT_IN_ATTRIBUTE:
            return .error(
                .xmlNotWellFormed, IssueText.clean(issue.message), at: at, help: "write a literal '<' as &lt;")
        case XML_ERR_DOCUMENT_EMPTY:
            return .error(.xmlNotWellFormed, "the document is empty", at: at, help: "the file must contain one root element")
        default:
            return .error(
                .xmlNotWellFormed, IssueText.clean(issue.message), at: at,
                help: "fix the markup here: every element must be closed, attributes quoted, and '&' and '<' escaped")
        }
    }
}

/// Reads names out of libxml2's schema-validation messages.
enum SchemaMessage {
    /// The message with `{namespace}` prefixes removed from names (`'{urn:x}amount'` → `'amount'`).
    static func withoutNamespaces(_ message: String) -> String {
        var result = ""
        var inBraces = false
        for character in message {
            if character == "{", !inBraces {
                inBraces = true
            } else if character == "}", inBraces {
                inBraces = false
            } else if !inBraces {
                result.append(character)
            }
        }
        return inBraces ? message : result
    }

    /// The local name in a message that starts `Element 'name'` or `Element '{ns}name'`.
    static func elementName(in message: String) -> String? {
        guard message.hasPrefix("Element '") else { return nil }
        let rest = message.dropFirst("Element '".count)
        guard let end = rest.firstIndex(of: "'") else { return nil }
        var name = rest[..<end]
        if let brace = name.lastIndex(of: "}") { name = name[name.index(after: brace)...] }
        if let colon = name.lastIndex(of: ":") { name = name[name.index(after: colon)...] }
        return name.isEmpty ? nil : String(name)
    }
}
