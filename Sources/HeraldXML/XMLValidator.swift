internal import CHeraldLibXML2
import Foundation
import HeraldDiagnostics

/// Herald's XML checks: well-formedness, XHTML DTD validation and XML Schema validation.
///
/// One validator is meant to be created at start-up and shared: it is `Sendable`, and any
/// number of tasks may call it at once. XHTML DTDs are parsed once per process (from the
/// system XML catalog, offline) and schemas once per validator; every call gets its own
/// parser and validation context.
///
/// Parsing is safe by default: no network, no entity substitution, no DTD loading from the
/// document, and any entity declaration in a document is refused (`xml.entity-forbidden`).
///
/// ```swift
/// let validator = XMLValidator(schemasDirectory: "schemas")
/// let diagnostics = validator.validateXHTML(bytes, file: "out/mail.xhtml")
/// ```
public final class XMLValidator: Sendable {
    private let schemaSet: SchemaSet

    /// Creates a validator; compiles every `*.xsd` in `schemasDirectory` when one is given.
    ///
    /// - Parameter schemasDirectory: The directory with the shipped schemas (`schemas/`). A
    ///   missing directory means "no schemas"; schemas that fail to compile are reported in
    ///   ``loadDiagnostics``.
    public init(schemasDirectory: String? = nil) {
        LibXML2.ensureInitialized()
        schemaSet = schemasDirectory.map(SchemaSet.load(directory:)) ?? .empty
    }

    /// Problems found while loading schemas (each also makes documents using that schema
    /// unverifiable). Empty when everything loaded.
    public var loadDiagnostics: [Diagnostic] { schemaSet.diagnostics }

    /// The file names of the schemas that compiled, sorted.
    public var schemaNames: [String] { schemaSet.schemas.keys.sorted() }

    /// The schema file a root element maps to, from the schemas' top-level `xs:element`s.
    public func schemaName(forRoot root: QualifiedName) -> String? {
        schemaSet.byRoot[root]?.name
    }

    /// The compiled schema with file name `name`.
    func compiledSchema(named name: String) -> CompiledSchema? { schemaSet.schemas[name] }

    /// The version of libxml2 in use, such as `20914`.
    public static var libxml2Version: String { LibXML2.runtimeVersion }

    // MARK: Public checks

    /// Checks that `bytes` are well-formed XML (and contain no entity declarations).
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: The name diagnostics use for their location.
    /// - Returns: Every problem found; no error diagnostics means well-formed.
    public func checkWellFormedness(_ bytes: [UInt8], file: String) -> [Diagnostic] {
        bytes.withUnsafeBytes { run($0, file: file, mode: .wellFormedness) }
    }

    /// Validates an XHTML document against the DTD its DOCTYPE names (or `flavor`).
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: The name diagnostics use for their location.
    ///   - flavor: The DTD to use; `nil` picks it from the DOCTYPE's public identifier and
    ///     reports `xml.unknown-doctype` when there is none Herald knows.
    /// - Returns: Every problem found; no error diagnostics means valid.
    public func validateXHTML(_ bytes: [UInt8], file: String, as flavor: XHTMLFlavor? = nil) -> [Diagnostic] {
        bytes.withUnsafeBytes { run($0, file: file, mode: .xhtml(flavor)) }
    }

    /// Validates an XML document against a schema loaded from the schemas directory.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: The name diagnostics use for their location.
    ///   - schemaName: The schema's file name, such as `print-manifest.xsd`.
    /// - Returns: Every problem found; no error diagnostics means valid.
    public func validate(_ bytes: [UInt8], file: String, againstSchema schemaName: String) -> [Diagnostic] {
        guard let schema = schemaSet.schemas[schemaName] else {
            let known = schemaNames
            var diagnostic = Diagnostic.error(
                .xmlSchemaUnavailable, "no schema named '\(schemaName)' was loaded",
                help: known.isEmpty
                    ? "add the schema to the schemas/ directory" : "use one of: \(known.joined(separator: ", "))")
            diagnostic.suggestion = Suggestion.didYouMean(schemaName, in: known)
            return [diagnostic]
        }
        return bytes.withUnsafeBytes { run($0, file: file, mode: .schema(schema)) }
    }

    /// Checks an XML document for well-formedness, then against the schema its root element
    /// maps to, if any.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: The name diagnostics use for their location.
    /// - Returns: Every problem found; no error diagnostics means valid.
    public func validateXML(_ bytes: [UInt8], file: String) -> [Diagnostic] {
        bytes.withUnsafeBytes { run($0, file: file, mode: .schemaByRoot) }
    }

    /// Validates a file by its extension: `.xhtml`/`.html`/`.htm` against their DTD, anything
    /// else as XML (well-formedness plus a schema by root element).
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - displayName: The name diagnostics use; defaults to `path`.
    /// - Returns: Every problem found, including `xml.unreadable-file`.
    public func validateFile(atPath path: String, displayName: String? = nil) -> [Diagnostic] {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            return [
                .error(
                    .xmlUnreadableFile, "cannot read '\(name)'", at: nil,
                    help: "check that the file exists and is readable")
            ]
        }
        let bytes = [UInt8](data)
        return XMLValidator.isXHTMLPath(path) ? validateXHTML(bytes, file: name) : validateXML(bytes, file: name)
    }

    /// Whether a path's extension marks it as XHTML (`.xhtml`, `.html`, `.htm`).
    public static func isXHTMLPath(_ path: String) -> Bool {
        ["xhtml", "html", "htm"].contains((path as NSString).pathExtension.lowercased())
    }
}
