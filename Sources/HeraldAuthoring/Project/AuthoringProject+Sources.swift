import Foundation

extension AuthoringProject {
    /// A template's source and those of the partials it renders, directly or through other
    /// partials (`{% render %}`, `{% include %}`), the template first.
    ///
    /// - Parameter templatePath: The template's path from the project root.
    public func templateSources(of templatePath: String) -> [(path: String, source: String)] {
        guard let source = source(of: templatePath) else { return [] }
        var result = [(path: templatePath, source: source)]
        var index = 0
        while index < result.count, result.count < 64 {
            for name in Self.partialNames(in: result[index].source) {
                for candidate in ["templates/_partials/\(name).liquid", "templates/\(name).liquid"]
                where !result.contains(where: { $0.path == candidate }) {
                    if let partial = self.source(of: candidate) {
                        result.append((candidate, partial))
                        break
                    }
                }
            }
            index += 1
        }
        return result
    }

    /// The names in `{% render "x" %}` and `{% include "x" %}`, outside comments.
    static func partialNames(in source: String) -> [String] {
        var names: [String] = []
        var rest = blankingComments(source)[...]
        while let tag = rest.range(of: "{%") {
            rest = rest[tag.upperBound...]
            let body = rest.drop { $0 == "-" || $0 == " " || $0 == "\n" }
            guard body.hasPrefix("render") || body.hasPrefix("include") else { continue }
            let afterWord = body.drop { $0.isLetter }.drop { $0 == " " }
            guard let quote = afterWord.first, quote == "\"" || quote == "'" else { continue }
            let name = afterWord.dropFirst().prefix { $0 != quote }
            if !name.isEmpty { names.append(String(name)) }
        }
        return names
    }

    /// `source` with every `{% comment %}…{% endcomment %}` block and `{% # … %}` tag turned
    /// into spaces, scalar for scalar, so positions stay where they were.
    static func blankingComments(_ source: String) -> String {
        let pattern = #"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}|\{%-?\s*#.*?%\}"#
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
            return source
        }
        let text = source as NSString
        let matches = expression.matches(in: source, range: NSRange(location: 0, length: text.length))
        guard !matches.isEmpty else { return source }
        var result = ""
        var cursor = 0
        for match in matches {
            result += text.substring(with: NSRange(location: cursor, length: match.range.location - cursor))
            for scalar in text.substring(with: match.range).unicodeScalars {
                result.unicodeScalars.append(scalar == "\n" ? "\n" : " ")
            }
            cursor = match.range.location + match.range.length
        }
        result += text.substring(from: cursor)
        return result
    }
}
