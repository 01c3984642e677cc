import HeraldLiquid
import HeraldPolicy

/// Compiles `herald.yaml` segment conditions with the Liquid engine, in strict mode, so a
/// misspelt `history.` field is an error with a "did you mean", never a silent `false`.
public struct LiquidConditionCompiler: ConditionCompiler {
    private let environment: LiquidEnvironment

    /// Creates a compiler with a strict environment of its own.
    public init() {
        environment = LiquidEnvironment(options: LiquidOptions(strictVariables: true, strictFilters: true, mode: .strict))
    }

    /// Compiles a condition such as `history.late_payments_12m >= 3`.
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
