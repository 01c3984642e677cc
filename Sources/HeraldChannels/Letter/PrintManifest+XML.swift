extension PrintManifest {
    /// The XML namespace of `schemas/print-manifest.xsd`.
    public static let namespace = "urn:herald:print-manifest:1"

    /// The XML declaration that starts every manifest document.
    public static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// The start of a batch manifest, which lists the letters of one outbox batch: the XML
    /// declaration and the `print-batch` start tag. Each letter's manifest follows as an
    /// element (its ``xml`` without ``xmlDeclaration``), then ``batchFooter``.
    public static let batchHeader = Array((xmlDeclaration + "<print-batch xmlns=\"\(namespace)\" version=\"1\">\n").utf8)

    /// The end of a batch manifest.
    public static let batchFooter = Array("</print-batch>\n".utf8)

    /// The manifest as an XML document (UTF-8, LF line ends, ending in a newline); every
    /// value is XML-escaped.
    public var xml: String { String(decoding: xmlBytes, as: UTF8.self) }

    /// ``xml`` as UTF-8 bytes, built as bytes: a run builds one per letter, and assembling a
    /// `String` from interpolations cost twice as much.
    public var xmlBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1_536)
        func markup(_ text: String) { out.append(contentsOf: text.utf8) }
        /// An element name; the audit fields' names (`customer_id`) become hyphenated element
        /// names (`customer-id`), written byte by byte without building a string.
        func elementName(_ name: String) {
            for byte in name.utf8 { out.append(byte == UInt8(ascii: "_") ? UInt8(ascii: "-") : byte) }
        }
        func element(_ indent: String, _ name: String, _ value: String) {
            markup(indent)
            out.append(UInt8(ascii: "<"))
            elementName(name)
            out.append(UInt8(ascii: ">"))
            out.append(contentsOf: XMLText.escape(value).utf8)
            out.append(UInt8(ascii: "<"))
            out.append(UInt8(ascii: "/"))
            elementName(name)
            out.append(UInt8(ascii: ">"))
            out.append(UInt8(ascii: "\n"))
        }
        markup(Self.xmlDeclaration)
        markup("<print-manifest xmlns=\"\(Self.namespace)\" version=\"1\" id=\"")
        out.append(contentsOf: XMLText.escape(id).utf8)
        markup("\">\n  <document>\n")
        element("    ", "file", documentFile)
        element("    ", "media-type", documentMediaType)
        element("    ", "sha256", documentSHA256)
        element("    ", "size", String(documentSize))
        markup("  </document>\n  <recipient>\n")
        for line in addressLines { element("    ", "line", line) }
        element("    ", "country", country)
        markup("  </recipient>\n  <print>\n    <paper>A4</paper>\n    <layout>DIN-5008-B</layout>\n")
        element("    ", "duplex", String(duplex))
        element("    ", "color", String(color))
        markup("  </print>\n")
        element("  ", "postage", postage.rawValue)
        markup("  <audit>\n")
        for (name, value) in audit.namedValues {
            element("    ", name, value)
        }
        markup("  </audit>\n</print-manifest>\n")
        return out
    }
}
