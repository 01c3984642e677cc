import Foundation

/// Short, plain descriptions of file errors for diagnostics.
enum FileProblem {
    /// `the file does not exist`, `it is a folder`, or the system's description.
    static func describe(_ error: any Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "the file does not exist" }
        if isDirectory.boolValue { return "it is a folder, not a file" }
        return error.localizedDescription
    }
}
