import Foundation
import HeraldDiagnostics
import HeraldModel
import Yams

/// Reads typed values out of a composed YAML tree, collecting a diagnostic with
/// `file:line:column` for everything that is wrong instead of stopping at the first.
struct YAMLNodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    // MARK: Locations and reporting

    func location(of node: Node?, length: Int = 1) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column, length: length)
    }

    func length(of node: Node) -> Int {
        if case .scalar(let scalar) = node { return max(1, scalar.string.unicodeScalars.count) }
        return 1
    }

    mutating func error(
        _ code: DiagnosticCode, _ message: String, at node: Node?, help: String? = nil, suggestion: String? = nil
    ) {
        var diagnostic = Diagnostic.error(code, message, at: location(of: node, length: node.map(length(of:)) ?? 1), help: help)
        diagnostic.suggestion = suggestion
        diagnostics.append(diagnostic)
    }

    mutating func warning(_ code: DiagnosticCode, _ message: String, at node: Node?, help: String? = nil) {
        diagnostics.append(.warning(code, message, at: location(of: node, length: node.map(length(of:)) ?? 1), help: help))
    }

    mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: Mappings

    /// The members of a mapping node, reporting keys not in `allowed` (with "did you mean").
    mutating func mapping(_ node: Node?, path: String, allowed: [String]) -> [(key: String, keyNode: Node, value: Node)]? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            error("policy.invalid-value", "'\(path)' must be a mapping of keys to values, found \(describe(node))", at: node,
                  help: "write it as indented 'key: value' lines")
            return nil
        }
        var members: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                error("policy.invalid-value", "keys in '\(path)' must be plain names", at: keyNode)
                continue
            }
            if !allowed.isEmpty, !allowed.contains(key.string) {
                let suggestion = Suggestion.didYouMean(key.string, in: allowed)
                error(
                    "policy.unknown-key", "unknown key '\(key.string)' in '\(path)'", at: keyNode,
                    help: "known keys: " + allowed.joined(separator: ", "), suggestion: suggestion)
                continue
            }
            members.append((key.string, keyNode, value))
        }
        return members
    }

    /// A required member; reports it missing at the mapping.
    mutating func required(_ name: String, in members: [(key: String, keyNode: Node, value: Node)], of parent: Node, path: String) -> Node? {
        if let member = members.first(where: { $0.key == name }) { return member.value }
        error("policy.missing-key", "missing required key '\(name)' in '\(path)'", at: parent,
              help: "add '\(name):' (see docs/policy.md)")
        return nil
    }

    // MARK: Scalars

    mutating func string(_ node: Node, path: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("policy.invalid-value", "'\(path)' must be text, found \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    mutating func integer(_ node: Node, path: String, range: ClosedRange<Int>? = nil) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string.replacingOccurrences(of: "+", with: "")) else {
            error("policy.invalid-value", "'\(path)' must be a whole number, found \(describe(node))", at: node)
            return nil
        }
        if let range, !range.contains(value) {
            error("policy.invalid-value", "'\(path)' is \(value), outside \(range.lowerBound)...\(range.upperBound)", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, path: String) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        error("policy.invalid-value", "'\(path)' must be true or false, found \(describe(node))", at: node)
        return nil
    }

    mutating func decimal(_ node: Node, path: String) -> Decimal? {
        guard case .scalar(let scalar) = node, let value = DecimalText.parse(scalar.string), value >= 0 else {
            error("policy.invalid-value", "'\(path)' must be an amount such as 7.50, found \(describe(node))", at: node,
                  help: "use digits with '.' as decimal mark; no currency sign")
            return nil
        }
        return value
    }

    /// One of `choices`, reported with "did you mean" when it is not.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, path: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, path: path) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        error(
            "policy.invalid-value", "'\(path)' is '\(text)', expected one of: " + names.joined(separator: ", "), at: node,
            suggestion: Suggestion.didYouMean(text, in: names))
        return nil
    }

    mutating func sequence(_ node: Node?, path: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            error("policy.invalid-value", "'\(path)' must be a list, found \(describe(node))", at: node,
                  help: "write each item on its own line starting with '- '")
            return nil
        }
        return Array(sequence)
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
