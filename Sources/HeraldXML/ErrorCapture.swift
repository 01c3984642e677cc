internal import CHeraldLibXML2
import Foundation

/// One error or warning libxml2 reported, copied out of its `xmlError` before the C memory
/// goes away.
struct XMLIssue: Sendable, Hashable {
    /// How serious libxml2 considers it.
    enum Level: Sendable, Hashable {
        case warning, error, fatal
    }

    /// The libxml2 domain (`XML_FROM_PARSER`, `XML_FROM_VALID`, `XML_FROM_SCHEMASV`, …).
    var domain: Int32
    /// The libxml2 error code (`xmlParserErrors`).
    var code: Int32
    var level: Level
    /// libxml2's message, without the trailing newline.
    var message: String { storedMessage ?? "Entity '\(str1 ?? "?")' not defined" }
    /// The copied message; `nil` for an undeclared-entity warning, whose text is rebuilt on
    /// demand (see ``isUndeclaredEntityWarning``).
    private var storedMessage: String?
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
        switch error.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_FATAL: level = .fatal
        default: level = .error
        }
        line = Int(error.line)
        column = Int(error.int2)
        int1 = Int(error.int1)
        str1 = error.str1.map { String(cString: $0) }
        if domain == Int32(XML_FROM_PARSER.rawValue), code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue), str1 != nil {
            // "Entity 'nbsp' not defined": raised for every `&nbsp;` in an email, and dropped
            // once the DTD turns out to declare it. Copying only the entity name (short
            // enough to be stored inline, so no allocation) keeps HeraldXML within a few
            // percent of bare libxml2 (docs/benchmarks.md, "XML validation").
            storedMessage = nil
            return
        }
        storedMessage = error.message.map(Self.trimmedString) ?? "unknown libxml2 error"
        str2 = error.str2.map { String(cString: $0) }
        str3 = error.str3.map { String(cString: $0) }
    }

    /// Whether this is libxml2's "entity not defined" warning for an `&name;` reference
    /// (named in ``str1``), raised because documents are parsed without loading their DTD.
    var isUndeclaredEntityWarning: Bool {
        domain == Int32(XML_FROM_PARSER.rawValue) && code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue)
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

/// Collects the issues raised on the current thread while a capture is active.
///
/// Not `Sendable`: one collector lives inside one synchronous ``withXMLErrorCapture(_:)`` call.
final class XMLErrorCollector {
    /// At most this many issues are kept per capture; the rest are counted.
    static let limit = 100

    private(set) var issues: [XMLIssue] = []
    private(set) var droppedCount = 0

    func append(_ issue: XMLIssue) {
        if issues.count < Self.limit {
            issues.append(issue)
        } else {
            droppedCount += 1
        }
    }
}

/// The structured error callback: copies the error into the collector passed as context.
private let collectIssue: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue()
    collector.append(XMLIssue(error.pointee))
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
    LibXML2.ensureInitialized()
    let collector = XMLErrorCollector()
    let context = Unmanaged.passUnretained(collector).toOpaque()
    let previous = cherald_install_error_handlers(collectIssue, context)
    defer { cherald_restore_error_handlers(previous) }
    let result = try withExtendedLifetime(collector) { try body(collector) }
    return (result, collector.issues)
}
