internal import CHeraldLibXML2

/// The one documented set of libxml2 parser options Herald uses for every document.
///
/// - `XML_PARSE_NONET`: never touch the network, even if a loader would allow it.
/// - `XML_PARSE_BIG_LINES`: report line numbers above 65535 correctly.
/// - `XML_PARSE_COMPACT`: keep short text nodes inside their node instead of allocating them
///   apart (2.7% less CPU in a dunning run). libxml2 then forbids changing the tree, and
///   Herald only reads and validates it.
///
/// Deliberately absent:
/// - `XML_PARSE_NOENT` (substitute entities): would expand entity bombs and inline
///   external entities (XXE).
/// - `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDVALID`, `XML_PARSE_DTDATTR`: the document's DOCTYPE
///   never loads anything; DTD validation uses Herald's cached, catalog-resolved DTDs.
/// - `XML_PARSE_HUGE`: keeps libxml2's size and depth limits.
/// - `XML_PARSE_XINCLUDE`: no inclusion of other files.
enum ParseOptions {
    /// The flags passed to `xmlCtxtReadMemory`.
    static let document: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)

    /// The flags for Herald's own schema files (trusted, but still offline).
    static let schema: Int32 = Int32(XML_PARSE_NONET.rawValue)

    /// Documents larger than this are rejected before parsing (64 MiB).
    static let maximumDocumentSize = 64 * 1024 * 1024
}
