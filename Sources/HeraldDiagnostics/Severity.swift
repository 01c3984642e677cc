/// How serious a ``Diagnostic`` is.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    /// The input cannot be used as it is.
    case error
    /// The input works but probably not as intended.
    case warning
    /// Extra context attached to another diagnostic.
    case note
}
