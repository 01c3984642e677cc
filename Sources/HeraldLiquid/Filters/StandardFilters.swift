/// The standard Liquid filters, by name.
///
/// The 60 filters of Shopify's Ruby Liquid 5.x (`standardfilters.rb`) plus `h`, an alias of
/// `escape`, with Ruby's coercions: strings through `to_s`, numbers through `to_number`,
/// collections through `InputIterator` (arrays are flattened, a hash is one item). A wrong
/// number of arguments or an argument of the wrong kind throws `LiquidFilterError`.
public enum StandardFilters {
    /// Every standard filter, keyed by the name templates use.
    public static let all: [String: LiquidFilter] = functions.mapValues(\.call)

    /// Every standard filter, as the engine stores them.
    static let functions: [String: FilterFunction] = {
        var filters: [String: FilterFunction] = [:]
        for family in [
            StringFilters.all, HTMLFilters.all, URLFilters.all, Base64Filters.all, MathFilters.all,
            ArrayFilters.all, DefaultFilter.all, DateFilters.all,
        ] {
            filters.merge(family) { first, _ in first }
        }
        return filters
    }()
}
