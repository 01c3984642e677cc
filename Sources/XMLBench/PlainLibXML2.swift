import CHeraldLibXML2

/// The baseline: what a program using libxml2 directly would write. Parse with the same
/// options Herald uses, then `xmlValidateDtd` against a DTD parsed once.
///
/// The benchmark is the one place besides HeraldXML that touches the C API, because its
/// point is to compare HeraldXML against bare libxml2.
final class PlainLibXML2 {
    /// Herald's parse options (`ParseOptions.document`): no network, big line numbers, compact
    /// text nodes.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)

    private let dtd: xmlDtdPtr

    /// Parses the XHTML 1.0 Transitional DTD through the system catalog, or returns `nil`.
    init?() {
        // A real program would not print every warning (such as `&nbsp;` without a loaded
        // DTD) to stderr; drop them, as cheaply as libxml2 allows.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        guard
            let dtd = xmlParseDTD(
                "-//W3C//DTD XHTML 1.0 Transitional//EN", "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd")
        else { return nil }
        self.dtd = dtd
    }

    deinit { xmlFreeDtd(dtd) }

    /// Parses and validates; returns whether the document is valid.
    func validate(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let document = xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, Self.options)
                else { return false }
                defer { xmlFreeDoc(document) }
                guard let context = xmlNewValidCtxt() else { return false }
                defer { xmlFreeValidCtxt(context) }
                return xmlValidateDtd(context, document, dtd) == 1
            }
        }
    }

    /// Parses only; returns whether the document is well-formed.
    func parse(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let document = xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, Self.options)
                else { return false }
                xmlFreeDoc(document)
                return true
            }
        }
    }
}
