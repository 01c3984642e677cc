import Foundation
import HeraldDiagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Invoice PDFs in one folder: `herald run --attachments DIR`, by default `attachments/` beside
/// the input file (`examples/attachments` for the bundled data).
///
/// An invoice's `pdf` field is a path relative to the folder. It is refused when it is absolute,
/// has a `..`, `.` or empty component, or resolves (through symbolic links) to a file outside
/// the folder; the file must be a PDF (`%PDF-`) of at most ``maximumBytes``.
///
/// ```swift
/// let folder = AttachmentFolder(directory: URL(fileURLWithPath: "examples/attachments"))
/// let pdf = try folder.read("INV-2026-00042.pdf")
/// ```
public struct AttachmentFolder: AttachmentSource {
    /// The default size limit: 10 MiB, well under what mail servers accept (often 25 MB).
    public static let defaultMaximumBytes = 10 * 1024 * 1024

    /// The folder invoice paths are relative to.
    public let directory: URL
    /// The largest document, in bytes, that is attached.
    public let maximumBytes: Int

    /// Creates a source over a folder.
    ///
    /// - Parameters:
    ///   - directory: The folder invoice paths are relative to.
    ///   - maximumBytes: The largest document attached (10 MiB by default).
    public init(directory: URL, maximumBytes: Int = defaultMaximumBytes) {
        self.directory = directory
        self.maximumBytes = max(0, maximumBytes)
    }

    /// The folder `herald run` uses without `--attachments`: `attachments/` beside the input file.
    public static func defaultDirectory(forInput input: URL) -> URL {
        input.deletingLastPathComponent().appendingPathComponent("attachments")
    }

    public func read(_ path: String) throws(DiagnosticError) -> [UInt8] {
        try Self.checkRelative(path)
        guard let root = Self.realPath(directory.path) else {
            throw Self.failure(
                "attachment.no-folder", "the attachments folder '\(directory.path)' does not exist, so '\(path)' cannot be attached",
                help: "create the folder, or pass the folder with the invoice PDFs as --attachments DIR")
        }
        guard let resolved = Self.realPath(root + "/" + path) else {
            throw Self.failure(
                "attachment.missing", "attachment '\(path)' does not exist in '\(directory.path)'",
                help: "put the file there, or fix the invoice's pdf field")
        }
        guard resolved.hasPrefix(root + "/") else {
            throw Self.failure(
                "attachment.outside-folder", "attachment '\(path)' leads outside the attachments folder (through a symbolic link)",
                help: "copy the file into '\(directory.path)' instead of linking to it")
        }
        // Only regular files: opening a FIFO or device could block the worker or never end.
        let type = (try? FileManager.default.attributesOfItem(atPath: resolved))?[.type] as? FileAttributeType
        guard type == .typeRegular, let handle = FileHandle(forReadingAtPath: resolved) else {
            throw Self.failure("attachment.unreadable", "attachment '\(path)' is not a readable file", help: "check the file and its permissions")
        }
        defer { try? handle.close() }
        let data: Data?
        do {
            data = try handle.read(upToCount: maximumBytes + 1)
        } catch {
            throw Self.failure(
                "attachment.unreadable", "attachment '\(path)' cannot be read: \(FileProblem.describe(error))",
                help: "check the file and its permissions")
        }
        let bytes = [UInt8](data ?? Data())
        guard bytes.count <= maximumBytes else {
            throw Self.failure(
                "attachment.too-large", "attachment '\(path)' is larger than the limit of \(maximumBytes) bytes",
                help: "shrink the PDF, or send the invoice another way")
        }
        guard bytes.starts(with: Array("%PDF-".utf8)) else {
            throw Self.failure(
                "attachment.not-pdf", "attachment '\(path)' is not a PDF (it does not start with %PDF-)",
                help: "point the invoice's pdf field at the invoice's PDF file")
        }
        return bytes
    }

    /// Refuses paths that are absolute or step out of (or around in) the folder by name.
    static func checkRelative(_ path: String) throws(DiagnosticError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let bad =
            path.isEmpty || path.hasPrefix("/") || path.contains("\\") || path.contains("\0")
            || components.contains { $0.isEmpty || $0 == "." || $0 == ".." }
        guard bad else { return }
        throw failure(
            "attachment.outside-folder",
            "attachment path '\(path)' is not a plain relative path inside the attachments folder",
            help: "write the path relative to the attachments folder, such as 'INV-2026-00042.pdf', without '..' or a leading '/'")
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    static func failure(_ code: String, _ message: String, help: String) -> DiagnosticError {
        DiagnosticError(.error(DiagnosticCode(rawValue: code), message, help: help))
    }
}
