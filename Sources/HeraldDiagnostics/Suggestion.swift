/// "Did you mean" suggestions by edit distance over known names.
public enum Suggestion {
    /// The known name closest to `name`, when it is close enough to be a likely typo.
    ///
    /// - Parameters:
    ///   - name: What the user wrote.
    ///   - candidates: The names that exist.
    /// - Returns: The best candidate within a distance of a third of the name's length (at
    ///   least 1, at most 3), or `nil`.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let limit = min(3, max(1, name.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(name, candidate)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// The `did you mean 'x'?` text for `name`, or `nil` when nothing is close.
    public static func didYouMean(_ name: String, in candidates: some Sequence<String>) -> String? {
        closest(to: name, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Levenshtein distance between two strings, over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let source = Array(a.unicodeScalars)
        let target = Array(b.unicodeScalars)
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }
}
