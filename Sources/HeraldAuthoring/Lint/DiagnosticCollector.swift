import HeraldDiagnostics

/// Collects diagnostics from many renders, merging repeats: the same problem at the same
/// place is reported once, with a note naming how many combinations showed it and the first.
struct DiagnosticCollector {
    private struct Key: Hashable {
        var severity: Severity
        var code: DiagnosticCode
        var message: String
        var location: SourceLocation?
    }

    private var order: [Key] = []
    private var entries: [Key: (diagnostic: Diagnostic, contexts: [String])] = [:]

    /// Adds a diagnostic found while rendering `context` (or while loading, for `nil`).
    mutating func add(_ diagnostic: Diagnostic, context: String? = nil) {
        let key = Key(severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message, location: diagnostic.location)
        if entries[key] == nil {
            order.append(key)
            entries[key] = (diagnostic, [])
        }
        if let context { entries[key]?.contexts.append(context) }
    }

    /// Adds several diagnostics for one context.
    mutating func add(_ diagnostics: [Diagnostic], context: String? = nil) {
        for diagnostic in diagnostics { add(diagnostic, context: context) }
    }

    /// The merged diagnostics in the order first seen, each with a note on where it showed.
    var diagnostics: [Diagnostic] {
        order.compactMap { key in
            guard var (diagnostic, contexts) = entries[key] else { return nil }
            if let first = contexts.first {
                let count = contexts.count
                let text = count == 1 ? "when rendering \(first)" : "in \(count) messages, first when rendering \(first)"
                diagnostic.notes.insert(Diagnostic(.note, code: diagnostic.code, message: text), at: 0)
            }
            contexts.removeAll()
            return diagnostic
        }
    }
}
