internal import CHeraldLibXML2

/// An entity declaration found in a document's internal subset (always refused).
struct ForbiddenEntity: Sendable, Hashable {
    var name: String
    var isExternal: Bool
    var isParameter: Bool
    var line: Int
    var column: Int
}

/// Per-parse state reachable from the parser context's `_private` pointer.
final class ParseGuard {
    var forbidden: [ForbiddenEntity] = []
    /// How many issues the collector held when the parser was stopped; later ones are noise.
    var issueCountAtStop: Int?
    let collector: XMLErrorCollector

    init(collector: XMLErrorCollector) { self.collector = collector }
}

/// The SAX `entityDecl` hook: refuses every entity declaration and stops the parser before
/// the entity is stored, so nothing can be expanded (entity bombs) or loaded (XXE).
private let refuseEntityDeclaration: entityDeclSAXFunc = { context, name, type, _, _, _ in
    guard let context else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let state = parser.pointee._private else { return }
    let guardState = Unmanaged<ParseGuard>.fromOpaque(state).takeUnretainedValue()
    let kind = xmlEntityType(UInt32(type))
    guardState.forbidden.append(
        ForbiddenEntity(
            name: name.map { String(cString: $0) } ?? "",
            isExternal: kind == XML_EXTERNAL_GENERAL_PARSED_ENTITY || kind == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY
                || kind == XML_EXTERNAL_PARAMETER_ENTITY,
            isParameter: kind == XML_INTERNAL_PARAMETER_ENTITY || kind == XML_EXTERNAL_PARAMETER_ENTITY,
            line: Int(parser.pointee.input?.pointee.line ?? 0),
            column: Int(parser.pointee.input?.pointee.col ?? 0)
        ))
    if guardState.issueCountAtStop == nil {
        guardState.issueCountAtStop = guardState.collector.issues.count
    }
    xmlStopParser(parser)
}

/// Parses bytes into a document with Herald's safe options and entity guard.
enum DocumentParser {
    /// The outcome of one parse. Call only inside ``withXMLErrorCapture(_:)``.
    struct Outcome: ~Copyable {
        /// The document, when the bytes were well-formed and allowed.
        var document: ParsedDocument?
        /// Entity declarations that were refused (the parse stopped at the first).
        var forbidden: [ForbiddenEntity]
        /// Issues after this index were raised only because the parser was stopped.
        var issueCutoff: Int?
    }

    /// Parser contexts for reuse: one is taken for each parse and given back after a clean one.
    static let contexts = ContextPool<xmlParserCtxtPtr>(create: { xmlNewParserCtxt() }, destroy: { xmlFreeParserCtxt($0) })

    /// Parses `bytes`; errors go to the active capture's `collector`.
    static func parse(_ bytes: UnsafeRawBufferPointer, collector: XMLErrorCollector) -> Outcome {
        guard let parser = contexts.take() else {
            return Outcome(document: nil, forbidden: [], issueCutoff: nil)
        }
        var clean = false
        defer { contexts.giveBack(parser, reusable: clean) }
        let state = ParseGuard(collector: collector)
        parser.pointee.sax?.pointee.entityDecl = refuseEntityDeclaration
        parser.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        let pointer = withExtendedLifetime(state) {
            xmlCtxtReadMemory(parser, base, Int32(bytes.count), nil, nil, ParseOptions.document)
        }
        parser.pointee._private = nil
        let wellFormed = parser.pointee.wellFormed != 0 && state.forbidden.isEmpty
        clean = wellFormed && pointer != nil && parser.pointee.disableSAX == 0
        guard let pointer else {
            return Outcome(document: nil, forbidden: state.forbidden, issueCutoff: state.issueCountAtStop)
        }
        guard wellFormed else {
            xmlFreeDoc(pointer)
            return Outcome(document: nil, forbidden: state.forbidden, issueCutoff: state.issueCountAtStop)
        }
        return Outcome(
            document: ParsedDocument(pointer), forbidden: state.forbidden, issueCutoff: state.issueCountAtStop)
    }
}
