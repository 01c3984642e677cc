internal import CHeraldLibXML2
import Foundation
import HeraldDiagnostics

/// An XML Schema from `schemas/`, compiled once; each validation gets a fresh context.
///
/// libxml2 documents a compiled `xmlSchemaPtr` as shareable between threads as long as
/// every thread uses its own `xmlSchemaValidCtxt`, which ``validate(_:)`` does.
final class CompiledSchema: @unchecked Sendable {
    // Safe because: the schema pointer is written once in init and only read afterwards
    // (validation state lives in the per-call validation context).
    let pointer: xmlSchemaPtr
    /// The schema's file name, such as `print-manifest.xsd`.
    let name: String
    /// The top-level `xs:element` declarations: the root elements this schema validates.
    let rootElements: [QualifiedName]

    /// Validation contexts for reuse, one taken per validation.
    private let validationContexts: ContextPool<xmlSchemaValidCtxtPtr>

    init(pointer: xmlSchemaPtr, name: String, rootElements: [QualifiedName]) {
        self.pointer = pointer
        self.name = name
        self.rootElements = rootElements
        // Safe to capture: the pool's contexts are freed before the schema, in deinit.
        nonisolated(unsafe) let schema = pointer
        validationContexts = ContextPool(create: { xmlSchemaNewValidCtxt(schema) }, destroy: { xmlSchemaFreeValidCtxt($0) })
    }

    deinit {
        validationContexts.destroyIdle()
        xmlSchemaFree(pointer)
    }

    /// Validates a parsed document; errors go to the active capture.
    ///
    /// - Returns: Whether the document is valid.
    func validate(_ document: borrowing ParsedDocument) -> Bool {
        guard let context = validationContexts.take() else { return false }
        let valid = xmlSchemaValidateDoc(context, document.pointer) == 0
        validationContexts.giveBack(context, reusable: valid)
        return valid
    }

    /// Reads and compiles the schema at `path`.
    static func load(path: String) -> Result<CompiledSchema, DiagnosticError> {
        let name = (path as NSString).lastPathComponent
        let (outcome, issues) = withXMLErrorCapture { _ -> (xmlSchemaPtr?, [QualifiedName]) in
            guard let document = xmlReadFile(path, nil, ParseOptions.schema) else { return (nil, []) }
            defer { xmlFreeDoc(document) }
            let roots = topLevelElements(of: document)
            guard let parser = xmlSchemaNewParserCtxt(path) else { return (nil, roots) }
            defer { xmlSchemaFreeParserCtxt(parser) }
            return (xmlSchemaParse(parser), roots)
        }
        guard let pointer = outcome.0 else {
            let diagnostics = issues.prefix(5).map { issue in
                Diagnostic.error(
                    .xmlSchemaUnavailable, "cannot compile schema '\(name)': \(IssueText.clean(issue.message))",
                    at: SourceLocation(file: path, line: max(1, issue.line), column: issue.column > 0 ? issue.column : nil),
                    help: "fix the schema file; Herald compiles every schema in schemas/ at start-up")
            }
            return .failure(
                DiagnosticError(
                    diagnostics.isEmpty
                        ? [.error(.xmlSchemaUnavailable, "cannot read schema '\(name)'", at: SourceLocation(file: path, line: 1),
                            help: "check that the file exists and is well-formed XML Schema")]
                        : Array(diagnostics)))
        }
        return .success(CompiledSchema(pointer: pointer, name: name, rootElements: outcome.1))
    }

    /// The `name` of every top-level `xs:element`, qualified by the `targetNamespace`.
    private static func topLevelElements(of document: xmlDocPtr) -> [QualifiedName] {
        guard let root = xmlDocGetRootElement(document) else { return [] }
        let targetNamespace = attribute("targetNamespace", of: root)
        var names: [QualifiedName] = []
        var child = root.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            guard node.pointee.type == XML_ELEMENT_NODE, let local = node.pointee.name,
                String(cString: local) == "element",
                node.pointee.ns?.pointee.href.map({ String(cString: $0) }) == QualifiedName.xmlSchemaNamespace,
                let name = attribute("name", of: node)
            else { continue }
            names.append(QualifiedName(name: name, namespace: targetNamespace))
        }
        return names
    }

    private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let value = name.withCString({ xmlGetProp(node, $0) }) else { return nil }
        defer { cherald_xml_free(value) }
        return String(cString: value)
    }
}

/// An element name with its namespace URI (`nil` for no namespace).
public struct QualifiedName: Sendable, Hashable, CustomStringConvertible {
    /// The W3C XML Schema namespace.
    static let xmlSchemaNamespace = "http://www.w3.org/2001/XMLSchema"

    /// The local name, such as `manifest`.
    public var name: String
    /// The namespace URI, or `nil`.
    public var namespace: String?

    /// Creates a qualified name.
    public init(name: String, namespace: String?) {
        self.name = name
        self.namespace = namespace
    }

    /// `{namespace}name`, or `name` without a namespace.
    public var description: String {
        namespace.map { "{\($0)}\(name)" } ?? name
    }
}
