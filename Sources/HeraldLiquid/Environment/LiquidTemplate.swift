/// A parsed template. Immutable and `Sendable`: parse once, render many times, from any thread.
public struct LiquidTemplate: Sendable {
    let parsed: ParsedTemplate
    let core: EnvironmentCore

    /// The name errors report.
    public var name: String { parsed.source.name }
    /// How outputs are escaped.
    public var outputContext: OutputContext { parsed.outputContext }

    /// Renders the template to a string.
    /// - Parameters:
    ///   - data: the variables, a `.object` (anything else renders with no variables).
    ///   - registers: host values filters read (such as `locale`); templates cannot see them.
    /// - Throws: `LiquidError`.
    public func render(_ data: LiquidValue, registers: [String: LiquidValue] = [:]) throws -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(parsed.source.bytes.count + 256)
        try render(data, registers: registers, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Renders the template, appending UTF-8 bytes to `buffer`.
    /// - Throws: `LiquidError`; `buffer` then holds partial output.
    public func render(_ data: LiquidValue, registers: [String: LiquidValue], into buffer: inout [UInt8]) throws {
        let context = RenderContext(core: core, source: parsed.source, data: data, registers: registers, outputBase: buffer.count)
        try context.renderDocument(parsed, into: &buffer)
    }
}

/// A parsed standalone condition (`parseCondition`).
public struct LiquidCondition: Sendable {
    let condition: Condition
    let source: SourceFile
    let core: EnvironmentCore

    /// Evaluates the condition against `data`.
    /// - Throws: `LiquidError`, for instance for an undefined variable with strict variables.
    public func evaluate(_ data: LiquidValue) throws -> Bool {
        let context = RenderContext(core: core, source: source, data: data, registers: [:], outputBase: 0)
        do {
            return try context.evaluate(condition)
        } catch {
            throw context.locate(error)
        }
    }
}
