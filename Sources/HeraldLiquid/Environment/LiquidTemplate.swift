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
        var output = parsed.makeOutputBuffer()
        try render(data, registers: registers, into: &output)
        return output.string
    }

    /// Renders the template, appending UTF-8 bytes to `buffer`.
    /// - Throws: `LiquidError`; `buffer` then holds partial output.
    public func render(_ data: LiquidValue, registers: [String: LiquidValue], into buffer: inout [UInt8]) throws {
        var output = parsed.makeOutputBuffer()
        defer { output.write(to: &buffer) }
        try render(data, registers: registers, into: &output)
    }

    private func render(_ data: LiquidValue, registers: [String: LiquidValue], into output: inout OutputBuffer) throws {
        let context = core.takeContext()
        defer { core.recycle(context) }
        context.begin(source: parsed.source, data: data, registers: registers)
        try context.renderDocument(parsed, into: &output)
        parsed.noteOutputSize(output.count)
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
        let context = core.takeContext()
        defer { core.recycle(context) }
        context.begin(source: source, data: data, registers: [:])
        do {
            return try context.evaluate(condition)
        } catch {
            throw context.locate(error)
        }
    }
}
