internal import CHeraldLibXML2

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
