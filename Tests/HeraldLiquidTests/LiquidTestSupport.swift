import HeraldLiquid
import Testing

/// Parses and renders `source` in a fresh environment.
func render(
    _ source: String, _ data: LiquidValue = [:], options: LiquidOptions = .init(), output: OutputContext = .text,
    templates: [String: String] = [:], filters: [String: LiquidFilter] = [:], tags: [any LiquidTag] = [],
    name: String = "test.liquid"
) throws -> String {
    let environment = LiquidEnvironment(
        options: options, loader: InMemoryLoader(templates), filters: filters, tags: tags)
    return try environment.parse(source, name: name, outputContext: output).render(data)
}

/// The `LiquidError` parsing or rendering `source` throws; records an issue when none is thrown.
func renderError(
    _ source: String, _ data: LiquidValue = [:], options: LiquidOptions = .init(), output: OutputContext = .text,
    templates: [String: String] = [:], name: String = "test.liquid",
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> LiquidError {
    do {
        let text = try render(source, data, options: options, output: output, templates: templates, name: name)
        Issue.record("expected an error, rendered \"\(text)\"", sourceLocation: sourceLocation)
        throw ExpectedError()
    } catch let error as LiquidError {
        return error
    }
}

struct ExpectedError: Error {}

/// Herald's message options: strict variables, strict filters, strict parsing.
let strictOptions = LiquidOptions(strictVariables: true, strictFilters: true, mode: .strict)

/// Options with small limits, so hostile templates fail fast.
func limited(
    loops: Int = 1_000_000, output: Int = 16 * 1024 * 1024, depth: Int = 25, nesting: Int = 100
) -> LiquidOptions {
    LiquidOptions(
        limits: ResourceLimits(
            maxLoopIterations: loops, maxOutputBytes: output, maxRenderDepth: depth, maxNestingDepth: nesting))
}
