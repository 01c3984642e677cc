internal import CHeraldLibXML2
import HeraldDiagnostics

extension XMLValidator {
    /// What a call checks after parsing.
    enum Mode {
        case wellFormedness
        case xhtml(XHTMLFlavor?)
        case schema(CompiledSchema)
        case schemaByRoot
    }

    /// The outcome of the checks that ran inside one error capture.
    private struct Findings {
        var forbidden: [ForbiddenEntity] = []
        var issueCutoff: Int?
        var wellFormed = false
        var dtd: LoadedDTD?
        var extra: [Diagnostic] = []
    }

    /// Parses and checks one document in a single error capture.
    func run(_ bytes: UnsafeRawBufferPointer, file: String, mode: Mode) -> [Diagnostic] {
        guard bytes.count <= ParseOptions.maximumDocumentSize else {
            return [
                .error(
                    .xmlTooLarge, "the document is \(bytes.count) bytes, more than the \(ParseOptions.maximumDocumentSize) Herald accepts",
                    at: SourceLocation(file: file, line: 1), help: "split the document or check what produced it")
            ]
        }
        let (findings, collector) = withXMLErrorCollector { collector -> Findings in
            var outcome = DocumentParser.parse(bytes, collector: collector)
            var findings = Findings(forbidden: outcome.forbidden, issueCutoff: outcome.issueCutoff)
            guard let document = outcome.document.take() else { return findings }
            findings.wellFormed = true
            check(document, file: file, mode: mode, into: &findings)
            return findings
        }
        return diagnostics(bytes, file: file, findings: findings, collector: collector)
    }

    private func check(_ document: borrowing ParsedDocument, file: String, mode: Mode, into findings: inout Findings) {
        switch mode {
        case .wellFormedness:
            break
        case .xhtml(let requested):
            guard let flavor = requested ?? document.xhtmlFlavor else {
                findings.extra.append(unknownDoctype(document.doctype, file: file))
                return
            }
            switch DTDCache.dtd(for: flavor) {
            case .failure(let error):
                findings.extra.append(contentsOf: error.diagnostics)
            case .success(let dtd):
                findings.dtd = dtd
                if !document.rootIs("html"), let root = document.root {
                    findings.extra.append(
                        .error(
                            .xmlDTDInvalid, "the root element is '\(root.name)', but \(flavor.displayName) requires 'html'",
                            at: SourceLocation(file: file, line: 1), help: "wrap the document in <html xmlns=\"http://www.w3.org/1999/xhtml\">"))
                }
                let context = xmlNewValidCtxt()
                _ = xmlValidateDtd(context, document.pointer, dtd.pointer)
                if let context { xmlFreeValidCtxt(context) }
            }
        case .schema(let schema):
            _ = schema.validate(document)
        case .schemaByRoot:
            if let root = document.root, let schema = schemaSet(forRoot: QualifiedName(name: root.name, namespace: root.namespace)) {
                _ = schema.validate(document)
            }
        }
    }

    private func schemaSet(forRoot root: QualifiedName) -> CompiledSchema? {
        guard let name = schemaName(forRoot: root) else { return nil }
        return compiledSchema(named: name)
    }

    private func unknownDoctype(_ doctype: Doctype?, file: String) -> Diagnostic {
        let known = XHTMLFlavor.allCases.map { "'\($0.publicIdentifier)'" }.joined(separator: ", ")
        let message =
            if let publicID = doctype?.publicID {
                "unknown DOCTYPE public identifier '\(publicID)'"
            } else {
                "the document has no XHTML DOCTYPE, so there is no DTD to validate against"
            }
        return .error(
            .xmlUnknownDoctype, message, at: SourceLocation(file: file, line: 1),
            help: "start the document with an XHTML DOCTYPE such as \(XHTMLFlavor.transitional.doctypeDeclaration) (known: \(known))")
    }

    private func diagnostics(
        _ bytes: UnsafeRawBufferPointer, file: String, findings: Findings, collector: XMLErrorCollector
    ) -> [Diagnostic] {
        let issues = reportableIssues(findings: findings, collector: collector)
        if findings.forbidden.isEmpty, issues.isEmpty, findings.extra.isEmpty, collector.droppedCount == 0 { return [] }
        var result: [Diagnostic] = []
        let lines = SourceLines(borrowing: bytes)
        for entity in findings.forbidden {
            let found = lines.locate(element: "!ENTITY", attribute: nil, near: max(1, entity.line))
            let kind = entity.isExternal ? "external " : ""
            let parameter = entity.isParameter ? "parameter " : ""
            result.append(
                .error(
                    .xmlEntityForbidden, "the document declares \(kind)\(parameter)entity '\(entity.name)', which Herald refuses",
                    at: SourceLocation(
                        file: file, line: found?.line ?? max(1, entity.line), column: found?.column,
                        length: found?.length ?? 1),
                    help: "remove the <!ENTITY> declaration; use numeric character references (such as &#160;) instead"))
        }
        let translator = IssueTranslator(file: file, source: lines, dtd: findings.dtd)
        for issue in issues {
            if issue.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue), findings.dtd == nil {
                // Without a DTD the reference cannot be checked; say so, but do not fail.
                if var diagnostic = translator.diagnostic(for: issue) {
                    diagnostic.severity = .warning
                    result.append(diagnostic)
                }
                continue
            }
            // libxml2 sometimes reports the same problem twice (for example an attribute).
            if let diagnostic = translator.diagnostic(for: issue), result.last != diagnostic {
                result.append(diagnostic)
            }
        }
        if collector.droppedCount > 0 {
            let count = collector.droppedCount
            result.append(
                Diagnostic(
                    collector.droppedErrorCount > 0 ? .error : .warning, code: .xmlTooManyIssues,
                    message: "\(Counted.phrase(count, "more problem")) in this document \(count == 1 ? "is" : "are") not shown",
                    location: SourceLocation(file: file, line: 1),
                    help: "fix the problems above and validate again; Herald reports the first \(XMLErrorCollector.limit)"))
        }
        result.append(contentsOf: findings.extra)
        return result
    }

    /// The issues to turn into diagnostics: those raised before the parser was stopped, with
    /// the unresolved entity references rebuilt as issues in their places, except the ones
    /// the document's DTD declares (`&nbsp;` and friends).
    private func reportableIssues(findings: Findings, collector: XMLErrorCollector) -> [XMLIssue] {
        let kept = findings.issueCutoff.map { Array(collector.issues.prefix($0)) } ?? collector.issues
        var references = collector.entityReferences
        if !collector.moreEntityReferences.isEmpty {
            references += collector.moreEntityReferences.values.sorted { $0.position < $1.position }
        }
        if let cutoff = findings.issueCutoff { references = references.filter { $0.position <= cutoff } }
        if let dtd = findings.dtd {
            // References repeat (`&nbsp;`, `&euro;`, `&nbsp;`, …): look each name up once.
            var known: [(name: String, declared: Bool)] = []
            references = references.filter { reference in
                if let entry = known.first(where: { $0.name == reference.name }) { return !entry.declared }
                let declared = dtd.declaresEntity(reference.name)
                known.append((reference.name, declared))
                return !declared
            }
        } else {
            // Without a DTD nothing can be checked: warn once per entity name, at its first
            // reference, rather than at every `&nbsp;`.
            var names: [String] = []
            references = references.filter { reference in
                if names.contains(reference.name) { return false }
                names.append(reference.name)
                return true
            }
        }
        guard !references.isEmpty else { return kept }
        return XMLErrorCollector.merge(kept, references.map { ($0.position, XMLIssue($0)) })
    }
}
