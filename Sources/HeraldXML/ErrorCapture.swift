internal import CHeraldLibXML2
import Foundation

/// One error or warning libxml2 reported, copied out of its `xmlError` before the C memory
/// goes away.
struct XMLIssue: Sendable, Hashable {
    /// How serious libxml2 considers it.
    enum Level: Sendable, Hashable {
        case warning, error, fatal

        init(_ level: xmlErrorLevel) {
            switch level {
            case XML_ERR_WARNING: self = .warning
            case XML_ERR_FATAL: self = .fatal
            default: self = .error
            }
        }
    }

    /// The libxml2 domain (`XML_FROM_PARSER`, `XML_FROM_VALID`, `XML_FROM_SCHEMASV`, …).
    var domain: Int32
    /// The libxml2 error code (`xmlParserErrors`).
    var code: Int32
    var level: Level
    /// libxml2's message, without the trailing newline.
    var message: String
    /// 1-based line, or 0 when unknown.
    var line: Int
    /// 1-based column, or 0 when unknown.
    var column: Int
    var str1: String?
    var str2: String?
    var str3: String?
    var int1: Int

    init(_ error: xmlError) {
        domain = Int32(error.domain)
        code = Int32(error.code)
        level = Level(error.level)
        message = error.message.map(Self.trimmedString) ?? "unknown libxml2 error"
        line = Int(error.line)
        column = Int(error.int2)
        str1 = error.str1.map { String(cString: $0) }
        str2 = error.str2.map { String(cString: $0) }
        str3 = error.str3.map { String(cString: $0) }
        int1 = Int(error.int1)
    }

    /// The issue libxml2 raised for an unresolved `&name;` reference, rebuilt from the
    /// compact record the collector keeps for it.
    init(_ reference: EntityReference) {
        domain = Int32(XML_FROM_PARSER.rawValue)
        code = Int32(XML_WAR_UNDECLARED_ENTITY.rawValue)
        level = reference.level
        message = "Entity '\(reference.name)' not defined"
        line = reference.line
        column = reference.column
        str1 = reference.name
        int1 = 0
    }

    /// The C string without trailing ASCII whitespace (libxml2 ends messages with "\n").
    ///
    /// Trims bytes before decoding: issues are copied for every `&nbsp;` in a document, so
    /// this runs often, and trimming `Character`s cost a visible share of validation time.
    private static func trimmedString(_ pointer: UnsafeMutablePointer<CChar>) -> String {
        var count = strlen(pointer)
        while count > 0, [0x20, 0x09, 0x0A, 0x0D].contains(UInt8(bitPattern: pointer[count - 1])) { count -= 1 }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// Whether the parser (not a validator) raised it.
    var isFromParser: Bool {
        domain == Int32(XML_FROM_PARSER.rawValue) || domain == Int32(XML_FROM_NAMESPACE.rawValue)
            || domain == Int32(XML_FROM_IO.rawValue) || domain == Int32(XML_FROM_MEMORY.rawValue)
    }
}

/// An `&name;` reference the parser could not resolve, because Herald parses documents
/// without loading their DTD (libxml2's warning `XML_WAR_UNDECLARED_ENTITY`).
///
/// Emails are full of `&nbsp;`, and the warnings are dropped once the DTD turns out to
/// declare the entity, so the collector keeps them in this compact form (the name is
/// usually short enough to be stored inline, without an allocation) instead of as full
/// ``XMLIssue``s. Copying every warning cost HeraldXML about a tenth of its speed against
/// bare libxml2 (docs/benchmarks.md, "XML validation").
struct EntityReference: Sendable, Hashable {
    /// The entity name, such as `nbsp`.
    var name: String
    /// The level libxml2 raised it at (2.9 uses "error" without clearing well-formedness).
    var level: XMLIssue.Level
    var line: Int
    var column: Int
    /// How many other issues had been collected when this one was raised (for ordering).
    var position: Int
}

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

/// The structured error callback: copies the error into the collector passed as context.
private let collectIssue: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue()
    let raised = error.pointee
    if raised.domain == Int32(XML_FROM_PARSER.rawValue), raised.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue),
        let name = raised.str1
    {
        collector.appendEntityReference(
            name: String(cString: name), level: XMLIssue.Level(raised.level), line: Int(raised.line),
            column: Int(raised.int2))
    } else {
        collector.append(XMLIssue(raised))
    }
}

/// The single choke point for libxml2 errors: runs `body` with this thread's structured
/// error handler pointed at a fresh collector, then restores the previous handlers.
///
/// libxml2 2.9 keeps error handlers per thread, and `body` is synchronous, so the body runs
/// start to end on one thread and no other task can interleave on it: every error raised
/// inside `body` (parser, DTD validity, schema, I/O) lands in this collector and nowhere
/// else. Nested captures work; the inner one restores the outer one.
///
/// - Parameter body: The libxml2 calls, given the collector for issues seen so far.
/// - Returns: The body's result and every issue raised while it ran.
func withXMLErrorCapture<Result>(
    _ body: (XMLErrorCollector) throws -> Result
) rethrows -> (result: Result, issues: [XMLIssue]) {
    let (result, collector) = try withXMLErrorCollector(body)
    return (result, collector.allIssues)
}

/// ``withXMLErrorCapture(_:)``, returning the collector itself, so a caller can look at the
/// entity references before paying for them as issues.
func withXMLErrorCollector<Result>(
    _ body: (XMLErrorCollector) throws -> Result
) rethrows -> (result: Result, collector: XMLErrorCollector) {
    LibXML2.ensureInitialized()
    let collector = XMLErrorCollector()
    let context = Unmanaged.passUnretained(collector).toOpaque()
    let previous = cherald_install_error_handlers(collectIssue, context)
    defer { cherald_restore_error_handlers(previous) }
    let result = try withExtendedLifetime(collector) { try body(collector) }
    return (result, collector)
}
