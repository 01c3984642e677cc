import Foundation

/// Templates read from a directory. `name` is a relative path; the loader tries it as given
/// and with `fileExtension` appended. Names that leave the directory are refused.
public struct DirectoryLoader: TemplateLoader {
    /// The directory templates live in.
    public var root: URL
    /// The extension tried after the bare name, such as `liquid`.
    public var fileExtension: String?

    /// Creates a loader for `root`.
    public init(root: URL, fileExtension: String? = "liquid") {
        self.root = root
        self.fileExtension = fileExtension
    }

    /// Reads the template called `name`, or returns nil when no file matches.
    public func source(named name: String) throws -> TemplateSource? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: true)
        guard !name.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            return nil
        }
        var candidates = [name]
        if let fileExtension, !name.hasSuffix(".\(fileExtension)") { candidates.insert("\(name).\(fileExtension)", at: 0) }
        for candidate in candidates {
            let url = root.appendingPathComponent(candidate)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            let data = try Data(contentsOf: url)
            return TemplateSource(text: String(decoding: data, as: UTF8.self), displayName: candidate)
        }
        return nil
    }
}
