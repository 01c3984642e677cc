/// How strictly tag and expression markup is parsed.
public enum ParseMode: Sendable, Hashable {
    /// Ruby Liquid's default: tolerate some malformed markup (extra `else` text, trailing
    /// tokens in a few tags). Unknown tags, unclosed blocks and bad filter arguments still fail.
    case lax
    /// Every expression must parse completely; anything left over is an error.
    case strict
}

/// Caps that keep a hostile or broken template from hanging or exhausting memory.
/// Hitting any of them is a `LiquidError` with code `liquid.limit-exceeded`.
public struct ResourceLimits: Sendable, Hashable {
    /// Loop iterations per render, counted over every `for`, `tablerow` and `render … for`,
    /// partials included; a range expanded for a filter counts one per element.
    public var maxLoopIterations: Int
    /// Bytes of output per render; also caps every string built by `assign` and `capture`.
    public var maxOutputBytes: Int
    /// How deeply `render` and `include` may nest.
    public var maxRenderDepth: Int
    /// How deeply blocks (`if`, `for`, …) may nest in one template while parsing. While
    /// rendering, blocks and partials together may nest `maxNestingDepth + maxRenderDepth + 1`
    /// deep, which keeps recursion within the stack of a Swift task.
    public var maxNestingDepth: Int
    /// Bytes of template source accepted by one parse.
    public var maxSourceBytes: Int
    /// Bytes of values stored by `assign` and `capture` over one render, partials included
    /// (strings count their bytes, arrays 32 bytes per element). Stops templates that grow a
    /// value in a loop, which would otherwise take quadratic time long before any output.
    public var maxAssignBytes: Int
    /// Wall-clock time one render may take, checked between loop iterations and partials;
    /// nil for no deadline. A safety net: the other limits stop hostile templates first.
    public var maxRenderDuration: Duration?

    /// Creates limits; the defaults suit generated messages and stop hostile templates quickly.
    public init(
        maxLoopIterations: Int = 1_000_000,
        maxOutputBytes: Int = 16 * 1024 * 1024,
        maxRenderDepth: Int = 25,
        maxNestingDepth: Int = 100,
        maxSourceBytes: Int = 4 * 1024 * 1024,
        maxAssignBytes: Int = 64 * 1024 * 1024,
        maxRenderDuration: Duration? = .seconds(10)
    ) {
        self.maxLoopIterations = maxLoopIterations
        self.maxOutputBytes = maxOutputBytes
        self.maxRenderDepth = maxRenderDepth
        self.maxNestingDepth = maxNestingDepth
        self.maxSourceBytes = maxSourceBytes
        self.maxAssignBytes = maxAssignBytes
        self.maxRenderDuration = maxRenderDuration
    }
}

/// Options an environment applies to every template it parses and renders.
public struct LiquidOptions: Sendable {
    /// An undefined variable or property is an error instead of `nil`.
    public var strictVariables: Bool
    /// An unknown filter is an error (at parse time) instead of passing its input through.
    public var strictFilters: Bool
    /// How strictly markup is parsed.
    public var mode: ParseMode
    /// Resource caps.
    public var limits: ResourceLimits

    /// Creates options. The defaults are Ruby Liquid's: lax, undefined is `nil`.
    public init(
        strictVariables: Bool = false,
        strictFilters: Bool = false,
        mode: ParseMode = .lax,
        limits: ResourceLimits = ResourceLimits()
    ) {
        self.strictVariables = strictVariables
        self.strictFilters = strictFilters
        self.mode = mode
        self.limits = limits
    }
}

/// Where a template's output goes, which decides how `{{ }}` output is escaped.
public enum OutputContext: Sendable, Hashable {
    /// Plain text: nothing is escaped.
    case text
    /// XML or XHTML: every output is escaped for XML text and attribute values (`& < > " '`),
    /// characters XML 1.0 forbids become U+FFFD, and `| raw_xml` marks trusted markup.
    /// Output already escaped by `escape`, `escape_once` or `h`, and the unchanged text of a
    /// `capture` made in this render, are not escaped a second time.
    case xml
}
