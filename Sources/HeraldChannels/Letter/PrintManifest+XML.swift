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
    public var xml: String {
        let e = XMLText.escape
        var xml = Self.xmlDeclaration
        xml.reserveCapacity(1_536)
        xml += "<print-manifest xmlns=\"\(Self.namespace)\" version=\"1\" id=\"\(e(id))\">\n"
        xml += "  <document>\n"
        xml += "    <file>\(e(documentFile))</file>\n"
        xml += "    <media-type>\(e(documentMediaType))</media-type>\n"
        xml += "    <sha256>\(e(documentSHA256))</sha256>\n"
        xml += "    <size>\(documentSize)</size>\n"
        xml += "  </document>\n"
        xml += "  <recipient>\n"
        for line in addressLines { xml += "    <line>\(e(line))</line>\n" }
        xml += "    <country>\(e(country))</country>\n"
        xml += "  </recipient>\n"
        xml += "  <print>\n"
        xml += "    <paper>A4</paper>\n"
        xml += "    <layout>DIN-5008-B</layout>\n"
        xml += "    <duplex>\(duplex)</duplex>\n"
        xml += "    <color>\(color)</color>\n"
        xml += "  </print>\n"
        xml += "  <postage>\(postage.rawValue)</postage>\n"
        xml += "  <audit>\n"
        for (name, value) in audit.namedValues {
            let element = String(decoding: name.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
            xml += "    <\(element)>\(e(value))</\(element)>\n"
        }
        xml += "  </audit>\n"
        xml += "</print-manifest>\n"
        return xml
    }

    /// ``xml`` as UTF-8 bytes.
    public var xmlBytes: [UInt8] { Array(xml.utf8) }
}
