import ArgumentParser
import Foundation
import HeraldDiagnostics
import HeraldXML

extension Herald {
    /// `herald validate FILE...`: XHTML against its DTD, XML for well-formedness and schemas.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check XHTML and XML documents.",
            discussion: """
                .xhtml and .html files are validated against the XHTML DTD their DOCTYPE names \
                (XHTML 1.0 Strict, XHTML 1.0 Transitional or XHTML 1.1, resolved offline through \
                the system XML catalog). .xml files are checked for well-formedness, and against \
                the schema in <project>/schemas/ whose top-level element matches their root \
                element. Directories are searched for such files. Documents that declare \
                entities are rejected.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Files or directories to check (.xhtml, .html, .xml).", valueName: "file"))
        var paths: [String] = []

        /// File extensions `validate` understands.
        static let extensions: Set<String> = ["xhtml", "html", "htm", "xml"]

        func validate() throws {
            if paths.isEmpty { throw ValidationError("Give at least one file or directory to validate.") }
            for path in paths {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                if exists, isDirectory.boolValue { continue }
                let pathExtension = (path as NSString).pathExtension.lowercased()
                if !Self.extensions.contains(pathExtension) {
                    throw ValidationError(
                        "'\(path)' is not an .xhtml, .html or .xml file; herald validate checks only those.")
                }
                if !exists {
                    throw ValidationError("'\(path)' does not exist; check the path (relative to the current directory).")
                }
            }
        }

        func run() async throws {
            let validator = XMLValidator(schemasDirectory: global.path("schemas"))
            let files = Self.expand(paths)
            let results = await Self.check(files, with: validator)
            let printer = global.makePrinter()
            var summary = DiagnosticSummary()
            summary.files = files.count
            summary.add(validator.loadDiagnostics)
            printer.print(validator.loadDiagnostics)
            for result in results {
                summary.add(result.diagnostics)
                printer.print(result.diagnostics) { $0 == result.file ? result.source : nil }
            }
            printer.printSummary(summary)
            if summary.errors > 0 { throw ExitCode(ExitStatus.findings) }
        }

        /// One file's outcome.
        struct FileResult: Sendable {
            var file: String
            var diagnostics: [Diagnostic]
            /// The file's text, kept only when there is something to show an excerpt of.
            var source: String?
        }

        /// The files named, with directories replaced by the matching files inside them (sorted).
        static func expand(_ paths: [String]) -> [String] {
            paths.flatMap { path -> [String] in
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
                else { return [path] }
                let enumerator = FileManager.default.enumerator(atPath: path)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    if extensions.contains((relative as NSString).pathExtension.lowercased()) {
                        found.append((path as NSString).appendingPathComponent(relative))
                    }
                }
                return found.sorted()
            }
        }

        /// Checks files concurrently; results come back in the order of `files`.
        static func check(_ files: [String], with validator: XMLValidator) async -> [FileResult] {
            await withTaskGroup(of: (Int, FileResult).self) { group in
                for (index, file) in files.enumerated() {
                    group.addTask { (index, check(file, with: validator)) }
                }
                var results = [FileResult?](repeating: nil, count: files.count)
                for await (index, result) in group { results[index] = result }
                return results.compactMap { $0 }
            }
        }

        static func check(_ file: String, with validator: XMLValidator) -> FileResult {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                let diagnostic = Diagnostic.error(
                    .xmlUnreadableFile, "cannot read '\(file)': \(FileProblem.describe(error))",
                    help: "check that the file exists and is readable")
                return FileResult(file: file, diagnostics: [diagnostic])
            }
            let bytes = [UInt8](data)
            let diagnostics =
                XMLValidator.isXHTMLPath(file)
                ? validator.validateXHTML(bytes, file: file) : validator.validateXML(bytes, file: file)
            return FileResult(
                file: file, diagnostics: diagnostics,
                source: diagnostics.isEmpty ? nil : String(decoding: bytes, as: UTF8.self))
        }
    }
}
