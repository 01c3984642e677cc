internal import CHeraldLibXML2
import Foundation

/// The single owner of a parsed `xmlDocPtr`; frees it exactly once.
struct ParsedDocument: ~Copyable {
    /// The C document. Valid for the lifetime of this value.
    let pointer: xmlDocPtr

    init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// The root element's local name and namespace URI, when there is a root element.
    var root: (name: String, namespace: String?)? {
        guard let element = xmlDocGetRootElement(pointer), let name = element.pointee.name else { return nil }
        let namespace = element.pointee.ns?.pointee.href.map { String(cString: $0) }
        return (String(cString: name), namespace)
    }

    /// The XHTML flavor the DOCTYPE's public identifier names, or `nil`.
    ///
    /// Compares the C string in place: this runs for every validated document, and
    /// ``doctype`` would copy three strings to answer it.
    var xhtmlFlavor: XHTMLFlavor? {
        guard let publicID = pointer.pointee.intSubset?.pointee.ExternalID else { return nil }
        return XHTMLFlavor.allCases.first { flavor in
            flavor.publicIdentifier.withCString { strcmp($0, UnsafeRawPointer(publicID).assumingMemoryBound(to: CChar.self)) == 0 }
        }
    }

    /// Whether the root element's local name is `name` (compared in place, without copying).
    func rootIs(_ name: String) -> Bool {
        guard let element = xmlDocGetRootElement(pointer), let local = element.pointee.name else { return false }
        return name.withCString { strcmp($0, UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self)) == 0 }
    }

    /// The DOCTYPE's name and public identifier, when the document has a DOCTYPE.
    var doctype: Doctype? {
        guard let subset = pointer.pointee.intSubset else { return nil }
        return Doctype(
            name: subset.pointee.name.map { String(cString: $0) },
            publicID: subset.pointee.ExternalID.map { String(cString: $0) },
            systemID: subset.pointee.SystemID.map { String(cString: $0) }
        )
    }
}

/// What a document's `<!DOCTYPE …>` says.
struct Doctype: Sendable, Hashable {
    var name: String?
    var publicID: String?
    var systemID: String?
}
