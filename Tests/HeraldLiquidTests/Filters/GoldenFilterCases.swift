// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
//
// The cases are split by filter family, one file each (`GoldenFilterCases+<Family>.swift`).

extension GoldenFilterCase {
    /// Every ported case.
    static let all: [GoldenFilterCase] = [
        whitespaceAndCase, replaceAndRemove, sliceSplitTruncate, encoding, arithmetic, rounding, arrayAccess,
        arraySearch, defaultAndDate,
    ].flatMap { $0 }
}
