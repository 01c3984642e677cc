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
        let (findings, issues) = withXMLErrorCapture { collector -> Findings in
            var outcome = DocumentParser.parse(bytes, collector: collector)
            var findings = Findings(forbidden: outcome.forbidden, issueCutoff: outcome.issueCutoff)
            guard let document = outcome.document.take() else { return findings }
            findings.wellFormed = true
            check(document, file: file, mode: mode, into: &findings)
            return findings
        }
        return diagnostics(bytes, file: file, findings: findings, issues: issues)
    }

    private func check(_ document: borrowing ParsedDocument, file: String, mode: Mode, into findings: inout Findings) {
        switch mode {
        case .wellFormedness:
            break
        case .xhtml(let requested):
            let doctype = document.doctype
            guard let flavor = requested ?? doctype?.publicID.flatMap(XHTMLFlavor.init(publicIdentifier:)) else {
                findings.extra.append(unknownDoctype(doctype, file: file))
                return
            }
            switch DTDCache.shared.dtd(for: flavor) {
            case .failure(let error):
                findings.extra.append(contentsOf: error.diagnostics)
            case .success(let dtd):
                findings.dtd = dtd
                if let root = document.root, root.name != "html" {
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

    private func diagnostics(_ bytes: UnsafeRawBufferPointer, file: String, findings: Findings, issues: [XMLIssue])
        -> [Diagnostic]
    {
        var result: [Diagnostic] = []
        if findings.forbidden.isEmpty, issues.isEmpty, findings.extra.isEmpty { return [] }
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
        let kept = findings.issueCutoff.map { Array(issues.prefix($0)) } ?? issues
        let translator = IssueTranslator(file: file, source: lines, dtd: findings.dtd)
        for issue in kept {
            if issue.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue), let dtd = findings.dtd,
                let name = issue.str1, dtd.declaresEntity(name)
            {
                continue  // &nbsp; and friends: declared by the XHTML DTD we validate against.
            }
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
        result.append(contentsOf: findings.extra)
        return result
    }
}
