/// Collects the issues raised on the current thread while a capture is active.
///
/// Not `Sendable`: one collector lives inside one synchronous ``withXMLErrorCapture(_:)`` call.
final class XMLErrorCollector {
    /// At most this many issues, and this many entity references, are kept per capture.
    static let limit = 100

    private(set) var issues: [XMLIssue] = []
    /// How many issues were not kept, and how many of those were errors.
    private(set) var droppedCount = 0
    private(set) var droppedErrorCount = 0
    /// The first ``limit`` unresolved entity references, in document order.
    private(set) var entityReferences: [EntityReference] = []
    /// Past the limit: each further entity name once, at its first reference.
    private(set) var moreEntityReferences: [String: EntityReference] = [:]

    func append(_ issue: XMLIssue) {
        if issues.count < Self.limit {
            issues.append(issue)
        } else {
            droppedCount += 1
            if issue.level != .warning { droppedErrorCount += 1 }
        }
    }

    func appendEntityReference(name: String, level: XMLIssue.Level, line: Int, column: Int) {
        let reference = EntityReference(name: name, level: level, line: line, column: column, position: issues.count)
        if entityReferences.count < Self.limit {
            if entityReferences.isEmpty { entityReferences.reserveCapacity(32) }
            entityReferences.append(reference)
        } else if moreEntityReferences[name] == nil {
            moreEntityReferences[name] = reference
        }
    }

    /// Every issue, with the entity references rebuilt as issues in their places.
    var allIssues: [XMLIssue] {
        let references = entityReferences + moreEntityReferences.values.sorted { $0.position < $1.position }
        guard !references.isEmpty else { return issues }
        return XMLErrorCollector.merge(issues, references.map { ($0.position, XMLIssue($0)) })
    }

    /// `issues` with each `(position, issue)` inserted before the issue at that position.
    static func merge(_ issues: [XMLIssue], _ inserted: [(position: Int, issue: XMLIssue)]) -> [XMLIssue] {
        var result: [XMLIssue] = []
        result.reserveCapacity(issues.count + inserted.count)
        var next = 0
        for (index, issue) in issues.enumerated() {
            while next < inserted.count, inserted[next].position <= index {
                result.append(inserted[next].issue)
                next += 1
            }
            result.append(issue)
        }
        result.append(contentsOf: inserted[next...].map(\.issue))
        return result
    }
}
