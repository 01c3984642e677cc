import Foundation
import HeraldDiagnostics
import HeraldModel
import Yams

/// Parses and checks `herald.yaml`, reporting every problem with `file:line:column`.
public enum PolicyLoader {
    static let topLevelKeys = [
        "version", "payment_term_days", "minimum_amount", "history", "company", "sender", "segments", "workflows",
    ]
    static let stageKeys = ["id", "day", "channel", "fallback", "allowed", "template", "fee", "postage", "kind", "handover", "requires"]

    /// Parses policy text.
    ///
    /// - Parameters:
    ///   - text: The YAML.
    ///   - file: The path diagnostics name, such as `herald.yaml`.
    ///   - conditions: Compiles segment conditions.
    /// - Returns: The policy when there are no errors (warnings may remain), and all diagnostics.
    public static func parse(_ text: String, file: String, conditions: any ConditionCompiler) -> (
        policy: Policy?, diagnostics: [Diagnostic]
    ) {
        var reader = YAMLNodeReader(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                reader.error("policy.empty", "the policy file is empty", at: nil, help: "start from the shipped herald.yaml")
                return (nil, reader.diagnostics)
            }
            root = node
        } catch let error as YamlError {
            reader.append(diagnostic(for: error, file: file, source: text))
            return (nil, reader.diagnostics)
        } catch {
            reader.error(
                "policy.yaml-syntax", "cannot parse YAML: \(error)", at: nil,
                help: "check that the file is UTF-8 YAML, starting from the shipped herald.yaml")
            return (nil, reader.diagnostics)
        }
        var builder = PolicyBuilder(reader: reader, conditions: conditions)
        let policy = builder.build(root)
        let diagnostics = builder.reader.diagnostics
        return (diagnostics.contains { $0.severity == .error } ? nil : policy, diagnostics)
    }

    static func diagnostic(for error: YamlError, file: String, source: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at \(context.mark.line):\(context.mark.column))" }
            return .error(
                "policy.yaml-syntax", message, at: SourceLocation(file: file, line: mark.line, column: mark.column),
                help: "check indentation and quoting near this line; quote conditions that contain ':' or '#'")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                "policy.duplicate-key", "duplicate key \(duplicates.joined(separator: ", ")) in a mapping",
                at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                help: "keep one of them")
        case .reader(let problem, let offset, _, _):
            let location =
                offset.map { SourceLocation(file: file, source: source, utf8Offset: $0) }
                ?? SourceLocation(file: file, line: 1)
            return .error(
                "policy.yaml-syntax", "cannot read YAML: \(problem)", at: location,
                help: "remove the character; a text that needs it must be written as an escape in double quotes")
        default:
            return .error("policy.yaml-syntax", "invalid YAML: \(error)", at: SourceLocation(file: file, line: 1))
        }
    }
}

extension Policy {
    /// Loads `herald.yaml`.
    ///
    /// - Parameters:
    ///   - url: The policy file.
    ///   - displayPath: The path diagnostics name; the file name when `nil`.
    ///   - conditions: Compiles segment conditions (the Liquid engine's, by default).
    /// - Throws: `DiagnosticError` with every error found, each with file, line and column.
    public static func load(
        from url: URL, displayPath: String? = nil, conditions: any ConditionCompiler
    ) throws -> Policy {
        let file = displayPath ?? url.lastPathComponent
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DiagnosticError(
                .error(
                    "policy.unreadable", "cannot read the policy file '\(url.path)': \(FileProblem.describe(error))",
                    at: SourceLocation(file: file, line: 1),
                    help: "create herald.yaml at the project root (see docs/policy.md) or pass its path"))
        }
        return try parse(text, file: file, conditions: conditions)
    }

    /// Parses policy text.
    ///
    /// - Throws: `DiagnosticError` with every error found.
    public static func parse(
        _ text: String, file: String = "herald.yaml", conditions: any ConditionCompiler
    ) throws -> Policy {
        let (policy, diagnostics) = PolicyLoader.parse(text, file: file, conditions: conditions)
        guard let policy else { throw DiagnosticError(diagnostics.filter { $0.severity == .error }) }
        return policy
    }
}
