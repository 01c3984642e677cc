import Foundation

/// A fresh folder under the temporary directory, removed with everything in it when the value
/// goes away: scratch space for tests that write files.
public final class TemporaryFolder {
    /// The folder.
    public let url: URL

    /// Creates the folder, named `prefix` plus a UUID so that parallel tests never share one.
    public init(prefix: String = "herald-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The folder's path.
    public var path: String { url.path }

    /// The URL of `name` inside the folder.
    public func child(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `data` to `name` inside the folder and returns its URL.
    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> URL {
        let file = child(name)
        try data.write(to: file)
        return file
    }

    /// Writes `text` as UTF-8 to `name` inside the folder and returns its URL.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }
}
