import HeraldDiagnostics

/// Finds the literal keys a template passes to the `t` filter (`{{ "reminder_1.subject" | t }}`),
/// with their positions, so lint can say which template line needs a text a locale lacks.
enum TranslationKeyScan {
    /// One use of a key.
    struct Use: Hashable {
        var key: String
        var location: SourceLocation
    }

    /// Every `"key" | t` (single or double quotes) inside `{{ }}` or `{% %}` of `source`.
    static func uses(in source: String, file: String) -> [Use] {
        let scalars = Array(source.unicodeScalars)
        var uses: [Use] = []
        var line = 1
        var column = 1
        var index = 0
        var inLiquid = false
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if !inLiquid, scalar == "{", next == "{" || next == "%" {
                inLiquid = true
            } else if inLiquid, scalar == "}" || scalar == "%", next == "}" {
                inLiquid = false
            } else if inLiquid, scalar == "\"" || scalar == "'" {
                var end = index + 1
                while end < scalars.count, scalars[end] != scalar, scalars[end] != "\n" { end += 1 }
                if end < scalars.count, scalars[end] == scalar, Self.isFollowedByT(scalars, from: end + 1) {
                    let key = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                    if !key.isEmpty, !key.contains(" ") {
                        uses.append(Use(key: key, location: SourceLocation(file: file, line: line, column: column, length: end - index + 1)))
                    }
                }
                column += end - index
                index = end
            }
            if index < scalars.count, scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return uses
    }

    /// Whether `| t` follows (spaces allowed), ending the filter name.
    private static func isFollowedByT(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count, scalars[index] == "|" else { return false }
        index += 1
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count, scalars[index] == "t" else { return false }
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        return !(after.properties.isAlphabetic || after == "_" || after.properties.numericType != nil)
    }
}
