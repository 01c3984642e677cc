internal import CHeraldLibXML2
import Foundation
import Synchronization

/// The process-wide external entity loader (installed once by ``LibXML2``).
///
/// It resolves the requested public and system identifiers through the system XML catalog
/// and opens the result only when it is a local file inside an allowed directory: the
/// directories of the XHTML DTDs the catalog names (w3c-sgml-lib) or a registered schema
/// directory. Everything else (network URLs, `file:///etc/passwd`, relative paths that
/// escape) is refused with an I/O error, so a document can never pull in outside content.
let heraldExternalEntityLoader: xmlExternalEntityLoader = { url, publicID, context in
    guard
        let path = EntityLoaderPolicy.allowedPath(
            url: url.map { String(cString: $0) }, publicID: publicID.map { String(cString: $0) })
    else {
        // libxml2 reports the failed load itself ("failed to load external entity").
        return nil
    }
    return path.withCString { xmlNewInputFromFile(context, $0) }
}

/// The decision behind ``heraldExternalEntityLoader``, kept apart so it can be reasoned
/// about without C types.
enum EntityLoaderPolicy {
    /// The directory the catalog resolves the XHTML DTDs into, plus their module directories.
    static let catalogDirectories: [String] = {
        var directories = Set<String>()
        for flavor in XHTMLFlavor.allCases {
            if let file = CatalogResolver.resolve(publicID: flavor.publicIdentifier, systemID: nil),
                let path = filePath(fromURI: file)
            {
                let directory = (LibXML2.canonicalPath(path) as NSString).deletingLastPathComponent
                directories.insert(directory.hasSuffix("/") ? directory : directory + "/")
            }
        }
        return Array(directories)
    }()

    /// The local path to open for an entity request, or `nil` when the request is refused.
    ///
    /// Allowed: a local file the system catalog resolves the identifiers to (the catalog is
    /// system configuration, not document input; this covers the XHTML DTDs and all their
    /// modules and entity sets), or a local file inside the DTD directories or a registered
    /// schema directory (relative references between schema files).
    static func allowedPath(url: String?, publicID: String?) -> String? {
        if let resolved = CatalogResolver.resolve(publicID: publicID, systemID: url),
            let path = filePath(fromURI: resolved)
        {
            return LibXML2.canonicalPath(path)
        }
        guard let url, let path = filePath(fromURI: url) else { return nil }
        let canonical = LibXML2.canonicalPath(path)
        let allowed = LibXML2.allowedDirectories.withLock { $0 }
        for directory in catalogDirectories + allowed where canonical.hasPrefix(directory) {
            return canonical
        }
        return nil
    }

    /// A local path from a `file:` URI or a plain absolute path; `nil` for anything else.
    static func filePath(fromURI uri: String) -> String? {
        if uri.hasPrefix("file://") {
            let rest = String(uri.dropFirst("file://".count))
            return rest.removingPercentEncoding ?? rest
        }
        if uri.hasPrefix("/") { return uri }
        return nil
    }
}

/// Lookups in the system XML catalog (`/etc/xml/catalog`), never the network.
enum CatalogResolver {
    /// The catalog's answer for a public and/or system identifier, as a URI.
    static func resolve(publicID: String?, systemID: String?) -> String? {
        LibXML2.ensureInitialized()
        let result: UnsafeMutablePointer<xmlChar>? =
            switch (publicID, systemID) {
            case (let publicID?, let systemID?):
                publicID.withCString { p in systemID.withCString { s in xmlCatalogResolve(p, s) } }
            case (let publicID?, nil):
                publicID.withCString { xmlCatalogResolvePublic($0) }
            case (nil, let systemID?):
                systemID.withCString { xmlCatalogResolveSystem($0) }
            case (nil, nil):
                nil
            }
        guard let result else { return nil }
        defer { cherald_xml_free(result) }
        return String(cString: result)
    }
}
