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
