/// The standard Liquid filters, by name. Filled in by the filters work.
public enum StandardFilters {
    /// Every standard filter, keyed by the name templates use.
    public static let all: [String: LiquidFilter] = [:]
}
