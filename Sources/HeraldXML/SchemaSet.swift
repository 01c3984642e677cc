import Foundation
import HeraldDiagnostics

/// The schemas of one `schemas/` directory, compiled once, and the map from root element to
/// schema that decides which schema a `.xml` document is checked against.
///
/// The map is data-driven: it comes from each schema's top-level `xs:element` names, so a
/// new `schemas/*.xsd` needs no code change.
struct SchemaSet: Sendable {
    /// Every schema that compiled, by file name.
    let schemas: [String: CompiledSchema]
    /// Root element → schema, from the schemas' top-level elements (first file name wins).
    let byRoot: [QualifiedName: CompiledSchema]
    /// Problems found while loading (unreadable directory, schemas that do not compile).
    let diagnostics: [Diagnostic]

    static let empty = SchemaSet(schemas: [:], byRoot: [:], diagnostics: [])

    /// Loads every `*.xsd` directly inside `directory`. A missing directory is no error.
    ///
    /// The directory is made absolute first: the external entity loader opens only absolute
    /// paths inside allowed directories, so a relative `schemas` (from `--project .`) would
    /// otherwise be refused.
    static func load(directory: String) -> SchemaSet {
        let directory = LibXML2.canonicalPath(directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else { return .empty }
        LibXML2.ensureInitialized()
        LibXML2.allowReads(under: directory)
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".xsd") }.sorted()
        } catch {
            return SchemaSet(
                schemas: [:], byRoot: [:],
                diagnostics: [
                    .error(.xmlSchemaUnavailable,
                        "cannot list schema directory '\(directory)': \(FileProblem.describe(error))",
                        help: "check that the directory exists and is readable")
                ])
        }
        var schemas: [String: CompiledSchema] = [:]
        var byRoot: [QualifiedName: CompiledSchema] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            switch CompiledSchema.load(path: path) {
            case .success(let schema):
                schemas[file] = schema
                for root in schema.rootElements {
                    if let existing = byRoot[root] {
                        diagnostics.append(
                            .warning(.xmlSchemaUnavailable,
                                "root element '\(root)' is declared by both '\(existing.name)' and '\(file)'; using '\(existing.name)'",
                                at: SourceLocation(file: path, line: 1),
                                help: "declare each root element in one schema only"))
                    } else {
                        byRoot[root] = schema
                    }
                }
            case .failure(let error):
                diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        return SchemaSet(schemas: schemas, byRoot: byRoot, diagnostics: diagnostics)
    }
}
