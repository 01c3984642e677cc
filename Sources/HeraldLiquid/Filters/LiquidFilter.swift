import OrderedCollections

/// The arguments a template passes to a filter: `{{ x | f: 1, 2, key: 3 }}`.
public struct FilterArguments: Sendable {
    /// Positional arguments, in order.
    public var positional: [LiquidValue]
    /// Keyword arguments, in the order written.
    public var keyword: OrderedDictionary<String, LiquidValue>

    /// Creates an argument list.
    public init(positional: [LiquidValue] = [], keyword: OrderedDictionary<String, LiquidValue> = [:]) {
        self.positional = positional
        self.keyword = keyword
    }
}

/// What a filter may see of the render it runs in.
public struct FilterContext: Sendable {
    /// Host values for this render that templates cannot see or change, such as the
    /// customer's locale. Set by the host through the render call.
    public var registers: [String: LiquidValue]
    /// The largest string a filter should build (the render's output cap). Filters that can
    /// multiply their input, such as `replace`, refuse to build more.
    public var maxResultBytes: Int

    /// Creates a context.
    public init(registers: [String: LiquidValue] = [:], maxResultBytes: Int = .max) {
        self.registers = registers
        self.maxResultBytes = maxResultBytes
    }
}

/// An error a filter throws for bad input or arguments. The engine adds the template, line
/// and column, and turns it into a `LiquidError`.
public struct LiquidFilterError: Error, Sendable, Hashable {
    /// One line, lower-case start, no trailing period: what is wrong.
    public var message: String
    /// What the template author should do, when there is something to say.
    public var help: String?

    /// Creates a filter error.
    public init(_ message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }
}

/// A filter: input, arguments and context in, a value out.
public typealias LiquidFilter = @Sendable (
    _ input: LiquidValue, _ arguments: FilterArguments, _ context: FilterContext
) throws -> LiquidValue

/// A filter as the engine stores it. Function values kept in a generic container (a
/// `[String: LiquidFilter]` dictionary) are stored in a general form, and reading one back wraps
/// it in a conversion thunk: every call then went through two thunks that copy the input, the
/// arguments and the context. Kept in this struct, a standard filter is stored and called as it
/// was written. (A host's filters arrive in a dictionary, so theirs keep the thunks.) A class,
/// so that a parsed filter call can borrow it (`FilteredExpression.borrowedFunctions`).
final class FilterFunction: Sendable {
    let call: LiquidFilter

    init(_ call: @escaping LiquidFilter) {
        self.call = call
    }
}
