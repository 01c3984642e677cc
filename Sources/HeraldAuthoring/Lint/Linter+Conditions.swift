import Foundation
import HeraldDiagnostics
import HeraldLiquid
import HeraldModel
import HeraldPolicy

extension Linter {
    /// Segment rules in `herald.yaml` that fail when evaluated, such as a misspelt
    /// `history.` field: the run treats such a rule as "does not match", so customers silently
    /// land in a later segment. Reported once per rule, at the condition, with a suggestion.
    func conditionDiagnostics(policy: Policy) -> [Diagnostic] {
        guard let customer = samples.first else { return [] }
        let history = PaymentHistory(invoices: customer.invoices, asOf: asOf, rules: policy.historyRules)
        let data = Policy.conditionData(customer: customer, history: history)
        let source = project.source(of: "herald.yaml") ?? ""
        var diagnostics: [Diagnostic] = []
        for (index, rule) in policy.segments.enumerated() {
            guard let condition = rule.condition, let text = rule.conditionSource else { continue }
            do {
                _ = try condition.evaluate(data)
            } catch {
                let liquid = error as? LiquidError
                var diagnostic = Diagnostic.error(
                    "authoring.condition-failed",
                    "segment rule \(index + 1) ('\(rule.id)') cannot be evaluated, so it never matches: \(liquid?.message ?? "\(error)")",
                    at: Self.location(of: text, after: rule.location, in: source, column: liquid?.column, length: liquid?.length),
                    help: "customers this rule should catch fall through to the next segment; fix the condition")
                diagnostic.suggestion = liquid?.suggestion.map { "did you mean '\($0)'?" }
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }

    /// Where `text` is written in `source`, at or after the rule's line, shifted to `column`
    /// within the condition.
    static func location(of text: String, after rule: SourceLocation?, in source: String, column: Int?, length: Int?) -> SourceLocation? {
        guard let rule else { return nil }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for index in (rule.line - 1)..<min(lines.count, rule.line + 8) where index >= 0 {
            let line = String(lines[index])
            guard let range = line.range(of: text) else { continue }
            let start = line[..<range.lowerBound].unicodeScalars.count
            return SourceLocation(file: rule.file, line: index + 1, column: start + (column ?? 1), length: length ?? text.count)
        }
        return rule
    }
}
