import Foundation
import HeraldDiagnostics

extension RunContext {
    /// The project's logo file, embedded in emails when present.
    public static let logoFile = "assets/logo.png"

    /// The largest logo embedded, in bytes: it travels in every email.
    public static let maximumLogoBytes = 100 * 1024

    /// Reads `assets/logo.png` of a project.
    ///
    /// - Returns: The PNG's bytes, or `nil` when the project has no logo file.
    /// - Throws: `DiagnosticError` when the file is there but unreadable, not a PNG or too large.
    public static func loadLogo(projectRoot: URL) throws(DiagnosticError) -> [UInt8]? {
        let url = projectRoot.appendingPathComponent(logoFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticError(.error("assets.unreadable-logo", "\(logoFile) cannot be read", help: "check the file's permissions"))
        }
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            throw DiagnosticError(
                .error("assets.logo-not-png", "\(logoFile) is not a PNG image", help: "save the logo as PNG, or remove the file to use company.logo_url"))
        }
        guard bytes.count <= maximumLogoBytes else {
            throw DiagnosticError(
                .error(
                    "assets.logo-too-large", "\(logoFile) is \(bytes.count) bytes; every email carries it, so the limit is \(maximumLogoBytes)",
                    help: "shrink the image"))
        }
        return bytes
    }
}
