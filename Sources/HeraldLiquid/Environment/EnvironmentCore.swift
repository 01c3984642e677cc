import Synchronization

/// A parsed template without its environment: what the cache stores.
final class ParsedTemplate: Sendable {
    let nodes: [Node]
    let source: SourceFile
    let outputContext: OutputContext
    /// What `nodes` point to (see `NodeStorage`).
    let storage: NodeStorage
    /// The size of the last output, so the next render starts with room for it.
    let outputSizeHint: Atomic<Int>

    init(nodes: [Node], storage: NodeStorage, source: SourceFile, outputContext: OutputContext) {
        self.nodes = nodes
        self.storage = storage
        self.source = source
        self.outputContext = outputContext
        outputSizeHint = Atomic(source.bytes.count &+ 256)
    }

    /// An empty buffer with room for this template's usual output.
    func makeOutputBuffer() -> OutputBuffer {
        OutputBuffer(capacity: outputSizeHint.load(ordering: .relaxed))
    }

    /// Remembers the size of an output for the next render's buffer, up to
    /// `maxOutputSizeHint`: one unusually large output must not make every later render
    /// start with a buffer that size.
    func noteOutputSize(_ count: Int) {
        let size = min(count, Self.maxOutputSizeHint)
        if size > outputSizeHint.load(ordering: .relaxed) { outputSizeHint.store(size, ordering: .relaxed) }
    }

    /// 256 KiB: far above any message, far below the output limit.
    static let maxOutputSizeHint = 256 * 1024
}

/// The shared, immutable part of an environment plus its thread-safe template cache.
final class EnvironmentCore: Sendable {
    struct CacheKey: Hashable {
        var name: String
        var outputContext: OutputContext
    }

    let options: LiquidOptions
    let loader: (any TemplateLoader)?
    let filters: [String: FilterFunction]
    let tags: [String: any LiquidTag]
    private let cache = Mutex<[CacheKey: ParsedTemplate]>([:])
    /// Counts `clearCache()` calls, so that partials remembered by reused render contexts are
    /// dropped with the cache.
    let cacheGeneration = Atomic<Int>(0)
    /// Render contexts between renders (see `RenderContext`).
    private let spareContexts = Mutex<[RenderContext]>([])
    /// The most spare contexts kept: enough for every thread rendering at once, with partials.
    private static let maxSpareContexts = 64

    init(options: LiquidOptions, loader: (any TemplateLoader)?, filters: [String: FilterFunction], tags: [String: any LiquidTag]) {
        self.options = options
        self.loader = loader
        self.filters = filters
        self.tags = tags
    }

    func config(_ outputContext: OutputContext) -> ParserConfig {
        ParserConfig(filters: filters, tags: tags, options: options, outputContext: outputContext)
    }

    func parse(_ text: String, name: String, outputContext: OutputContext) throws -> ParsedTemplate {
        let source = SourceFile(name: name, text: text)
        if source.bytes.count > options.limits.maxSourceBytes {
            throw source.error(
                LiquidErrorCode.limitExceeded, "template is larger than \(options.limits.maxSourceBytes) bytes", at: 0,
                help: "split the template or raise maxSourceBytes")
        }
        let tokens = try Tokenizer(source: source).tokenize()
        let parser = TemplateParser(source: source, tokens: tokens, config: config(outputContext))
        let nodes = try parser.parseDocument()
        return ParsedTemplate(nodes: nodes, storage: parser.storage, source: source, outputContext: outputContext)
    }

    /// The template called `name`, from the cache or parsed from the loader; nil when the
    /// loader has no such template.
    func load(_ name: String, outputContext: OutputContext) throws -> ParsedTemplate? {
        let key = CacheKey(name: name, outputContext: outputContext)
        if let cached = cache.withLock({ $0[key] }) { return cached }
        guard let loader, let source = try loader.source(named: name) else { return nil }
        let parsed = try parse(source.text, name: source.displayName, outputContext: outputContext)
        cache.withLock { $0[key] = parsed }
        return parsed
    }

    /// The template called `name`, for `template(named:)` and for partials alike.
    /// - Throws: `LiquidError` when it does not parse; ``TemplateUnavailable`` when the loader
    ///   has no such template or cannot read it (each caller places that error its own way).
    func require(_ name: String, outputContext: OutputContext) throws -> ParsedTemplate {
        let loaded: ParsedTemplate?
        do {
            loaded = try load(name, outputContext: outputContext)
        } catch let error as LiquidError {
            throw error
        } catch {
            throw TemplateUnavailable(
                message: "template '\(name)' cannot be read: \(error)", help: "check the file exists and is readable")
        }
        guard let loaded else {
            throw TemplateUnavailable(
                message: "template '\(name)' not found", help: loader == nil ? "give the environment a loader" : nil)
        }
        return loaded
    }

    /// A context for one render (or one `render` tag): a spare one, or a new one.
    func takeContext() -> RenderContext {
        spareContexts.withLock { $0.popLast() } ?? RenderContext(core: self)
    }

    /// Takes back a context whose render has finished, emptied of it.
    func recycle(_ context: RenderContext) {
        context.end()
        spareContexts.withLock { spares in
            if spares.count < Self.maxSpareContexts { spares.append(context) }
        }
    }

    func clearCache() {
        cache.withLock { $0.removeAll() }
        cacheGeneration.add(1, ordering: .relaxed)
    }
}

/// A template the loader does not have or cannot read: the message and help, worded once.
struct TemplateUnavailable: Error {
    let message: String
    let help: String?
}
