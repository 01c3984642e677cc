import OrderedCollections

/// The `default` filter: `value | default: fallback, allow_false: true`.
///
/// Replaces `nil`, `false`, `""`, `[]` and `{}` with the fallback (`""` when none is given);
/// `0` and `0.0` are kept. With a truthy `allow_false:`, `false` is kept too.
enum DefaultFilter {
    /// The filters of this family, by name.
    static let all: [String: FilterFunction] = ["default": FilterFunction(apply)]

    /// Built once: a `Set` literal in the call would allocate and hash on every use.
    private static let keywords: Set<String> = ["allow_false"]

    @Sendable static func apply(_ input: LiquidValue, _ arguments: FilterArguments, _: FilterContext) throws
        -> LiquidValue
    {
        try arguments.check(
            "default", max: 1, keywords: keywords, usage: "value | default: fallback, allow_false: true")
        let fallback = arguments.at(0) ?? .string("")
        let allowFalse = arguments.keyword["allow_false"]?.isTruthy ?? false
        switch input {
        case .nil: return fallback
        case .bool(false): return allowFalse ? input : fallback
        case .string(let text): return text.isEmpty ? fallback : input
        case .array(let values): return values.isEmpty ? fallback : input
        case .object(let pairs): return pairs.isEmpty ? fallback : input
        default: return input
        }
    }
}
