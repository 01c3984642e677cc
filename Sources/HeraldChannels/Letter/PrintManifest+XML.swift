extension PrintManifest {
    /// The XML namespace of `schemas/print-manifest.xsd`.
    public static let namespace = "urn:herald:print-manifest:1"

    /// The manifest as an XML document (UTF-8, LF line ends, ending in a newline); every
    /// value is XML-escaped.
    public var xml: String {
        let e = XMLText.escape
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<print-manifest xmlns=\"\(Self.namespace)\" version=\"1\" id=\"\(e(id))\">",
            "  <document>",
            "    <file>\(e(documentFile))</file>",
            "    <media-type>\(e(documentMediaType))</media-type>",
            "    <sha256>\(e(documentSHA256))</sha256>",
            "    <size>\(documentSize)</size>",
            "  </document>",
            "  <recipient>",
        ]
        lines += addressLines.map { "    <line>\(e($0))</line>" }
        lines += [
            "    <country>\(e(country))</country>",
            "  </recipient>",
            "  <print>",
            "    <paper>A4</paper>",
            "    <layout>DIN-5008-B</layout>",
            "    <duplex>\(duplex)</duplex>",
            "    <color>\(color)</color>",
            "  </print>",
            "  <postage>\(postage.rawValue)</postage>",
            "  <audit>",
        ]
        for (name, value) in audit.namedValues {
            let element = String(decoding: name.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
            lines.append("    <\(element)>\(e(value))</\(element)>")
        }
        lines += ["  </audit>", "</print-manifest>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// ``xml`` as UTF-8 bytes.
    public var xmlBytes: [UInt8] { Array(xml.utf8) }
}
