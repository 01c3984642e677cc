import HeraldDiagnostics

extension DiagnosticCode {
    /// The bytes are not well-formed XML (libxml2 parser error).
    public static let xmlNotWellFormed: DiagnosticCode = "xml.not-well-formed"
    /// The document breaks its XHTML DTD (unknown element, missing required attribute, …).
    public static let xmlDTDInvalid: DiagnosticCode = "xml.dtd-invalid"
    /// The document breaks the XML Schema its root element maps to.
    public static let xmlSchemaInvalid: DiagnosticCode = "xml.schema-invalid"
    /// An XHTML document has no DOCTYPE, or one whose public identifier Herald does not know.
    public static let xmlUnknownDoctype: DiagnosticCode = "xml.unknown-doctype"
    /// The document declares entities (XXE, entity bombs); Herald refuses them all.
    public static let xmlEntityForbidden: DiagnosticCode = "xml.entity-forbidden"
    /// The document references an entity (such as `&nbsp;`) that its DTD does not declare.
    public static let xmlUndeclaredEntity: DiagnosticCode = "xml.undeclared-entity"
    /// An XHTML DTD could not be loaded from the system XML catalog.
    public static let xmlDTDUnavailable: DiagnosticCode = "xml.dtd-unavailable"
    /// A schema in `schemas/` could not be read or compiled.
    public static let xmlSchemaUnavailable: DiagnosticCode = "xml.schema-unavailable"
    /// A file to validate could not be read.
    public static let xmlUnreadableFile: DiagnosticCode = "xml.unreadable-file"
    /// A document is larger than Herald accepts.
    public static let xmlTooLarge: DiagnosticCode = "xml.too-large"
    /// A document has more problems than Herald reports one by one (the rest are counted).
    public static let xmlTooManyIssues: DiagnosticCode = "xml.too-many-issues"
    /// A parser warning that does not make the document invalid.
    public static let xmlWarning: DiagnosticCode = "xml.warning"
}
