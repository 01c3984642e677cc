internal import CHeraldLibXML2
import HeraldDiagnostics

/// One XHTML DTD, parsed once from the catalog and never changed afterwards.
///
/// Before it is shared, every element's content model is compiled
/// (`xmlValidBuildContentModel`): libxml2 otherwise builds them lazily *during*
/// validation, which would write to the shared DTD from many threads. After that,
/// `xmlValidateDtd` only reads the DTD (hash lookups of element, attribute and entity
/// declarations, and runs of the compiled content-model automata with a per-call
/// execution context), so one DTD serves every thread.
final class LoadedDTD: @unchecked Sendable {
    // Safe because: the pointer is written once in init, the DTD is fully built (content
    // models included) before the object is published, and afterwards libxml2 only reads it.
    let pointer: xmlDtdPtr
    let flavor: XHTMLFlavor
    /// The names of every declared element, for "did you mean" suggestions.
    let elementNames: [String]

    init(pointer: xmlDtdPtr, flavor: XHTMLFlavor) {
        self.pointer = pointer
        self.flavor = flavor
        var names: [String] = []
        var node = pointer.pointee.children
        let context = xmlNewValidCtxt()
        while let current = node {
            if current.pointee.type == XML_ELEMENT_DECL {
                let element = UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlElement.self)
                if let name = element.pointee.name { names.append(String(cString: name)) }
                if element.pointee.contModel == nil, element.pointee.etype == XML_ELEMENT_TYPE_ELEMENT
                    || element.pointee.etype == XML_ELEMENT_TYPE_MIXED
                {
                    _ = xmlValidBuildContentModel(context, element)
                }
            }
            node = current.pointee.next
        }
        if let context { xmlFreeValidCtxt(context) }
        elementNames = names.sorted()
    }

    deinit { xmlFreeDtd(pointer) }

    /// Whether the DTD declares the general entity `name` (such as `nbsp`).
    func declaresEntity(_ name: String) -> Bool {
        name.withCString { xmlGetPredefinedEntity($0) } != nil || hasEntity(name)
    }

    private func hasEntity(_ name: String) -> Bool {
        guard let table = pointer.pointee.entities else { return false }
        return name.withCString { xmlHashLookup(OpaquePointer(table), $0) } != nil
    }

    /// The attribute names declared for `element`, for "did you mean" suggestions.
    func attributeNames(of element: String) -> [String] {
        guard
            let declaration = element.withCString({ xmlGetDtdElementDesc(pointer, $0) })
        else { return [] }
        var names: [String] = []
        var attribute = declaration.pointee.attributes
        while let current = attribute {
            if let name = current.pointee.name { names.append(String(cString: name)) }
            attribute = current.pointee.nexth
        }
        return names.sorted()
    }
}

/// The process-wide cache of XHTML DTDs: each is parsed at most once, on first use, and
/// shared read-only by every validation afterwards.
///
/// One `static let` per flavor: Swift initialises each exactly once, thread-safely, and
/// reading it afterwards takes no lock (a lock and a dictionary lookup per document showed
/// in the XML benchmark).
enum DTDCache {
    private static let strict = load(.strict)
    private static let transitional = load(.transitional)
    private static let xhtml11 = load(.xhtml11)

    /// The DTD for `flavor`, loading it through the catalog on first use.
    static func dtd(for flavor: XHTMLFlavor) -> Result<LoadedDTD, DiagnosticError> {
        switch flavor {
        case .strict: strict
        case .transitional: transitional
        case .xhtml11: xhtml11
        }
    }

    private static func load(_ flavor: XHTMLFlavor) -> Result<LoadedDTD, DiagnosticError> {
        let (pointer, issues) = withXMLErrorCapture { _ in
            flavor.publicIdentifier.withCString { publicID in
                flavor.systemIdentifier.withCString { systemID in
                    xmlParseDTD(publicID, systemID)
                }
            }
        }
        guard let pointer else {
            let detail = issues.first.map { ": \($0.message)" } ?? ""
            return .failure(
                DiagnosticError(
                    .error(
                        .xmlDTDUnavailable,
                        "cannot load the \(flavor.displayName) DTD from the system XML catalog\(detail)",
                        help: "install the DTDs offline with `apt-get install w3c-sgml-lib` "
                            + "(they are resolved through /etc/xml/catalog)"
                    )))
        }
        return .success(LoadedDTD(pointer: pointer, flavor: flavor))
    }
}
