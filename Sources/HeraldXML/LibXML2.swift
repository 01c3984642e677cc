internal import CHeraldLibXML2
import Foundation
import Synchronization

/// One-time, process-wide set-up of libxml2.
///
/// libxml2 2.9 keeps two kinds of global state:
///
/// - **Process-wide, set once here**: the parser and catalog initialisation
///   (`xmlInitParser`, `xmlInitializeCatalog`, `xmlSchemaInitTypes`) and the external
///   entity loader (`xmlSetExternalEntityLoader`), which only ever opens files the system
///   catalog resolves for the XHTML DTDs or files inside a registered schema directory.
///   Nothing changes these after ``ensureInitialized()`` has run.
/// - **Per thread**: the error handlers (`xmlSetStructuredErrorFunc`,
///   `xmlSetGenericErrorFunc`). ``withXMLErrorCapture(_:)`` sets and restores them around
///   a synchronous body, so tasks on the same thread never see each other's errors.
enum LibXML2 {
    /// Runs the initialisation exactly once (Swift guarantees a `static let` is initialised
    /// once, thread-safely).
    private static let initialization: Void = {
        xmlInitParser()
        xmlInitializeCatalog()
        xmlSchemaInitTypes()
        xmlSetExternalEntityLoader(heraldExternalEntityLoader)
    }()

    /// Makes sure libxml2 is initialised; cheap after the first call.
    static func ensureInitialized() {
        _ = initialization
    }

    /// The libxml2 version this process runs against, such as `20914`.
    static var runtimeVersion: String {
        guard let version = cherald_xml_parser_version() else { return "unknown" }
        return String(cString: version)
    }

    /// Directories the external entity loader may read from, besides those of the catalog's
    /// XHTML DTDs. Schema directories are added when schemas are loaded.
    static let allowedDirectories = Mutex<Set<String>>([])

    /// Allows the entity loader to read files inside `directory` (for `xs:include`).
    static func allowReads(under directory: String) {
        let canonical = canonicalPath(directory)
        allowedDirectories.withLock { _ = $0.insert(canonical.hasSuffix("/") ? canonical : canonical + "/") }
    }

    /// `path` with symbolic links and `..` resolved, or `path` itself when it does not exist.
    static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
