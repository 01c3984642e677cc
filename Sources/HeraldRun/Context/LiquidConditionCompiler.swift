import HeraldLiquid
import HeraldPolicy

/// Compiles `herald.yaml` segment conditions with Herald's Liquid engine, so a condition such
/// as `history.late_payments_12m >= 3 or history.average_days_late > 30` means exactly what
/// it would mean in an `{% if %}` tag of a template.
///
/// Variables are strict: a misspelt `histroy.open_total` is an error when the rule is
/// evaluated (the policy notes it and treats the rule as not matching), never a silent `nil`.
public struct LiquidConditionCompiler: ConditionCompiler {
    private let environment: LiquidEnvironment

    /// Creates a compiler with a strict environment of its own.
    public init() {
        environment = LiquidEnvironment(
            options: LiquidOptions(strictVariables: true, strictFilters: true, mode: .strict))
    }

    /// Compiles `source`.
    ///
    /// - Throws: ``ConditionSyntaxError`` positioned inside `source`.
    public func compile(_ source: String, name: String) throws(ConditionSyntaxError) -> any SegmentCondition {
        do {
            return Compiled(condition: try environment.parseCondition(source, name: name))
        } catch let error as LiquidError {
            throw ConditionSyntaxError(
                message: error.message, column: error.column, length: error.length, suggestion: error.suggestion)
        } catch {
            throw ConditionSyntaxError(message: "\(error)")
        }
    }

    private struct Compiled: SegmentCondition {
        let condition: LiquidCondition

        func evaluate(_ data: LiquidValue) throws -> Bool { try condition.evaluate(data) }
    }
}
