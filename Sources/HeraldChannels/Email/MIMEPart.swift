import HeraldDiagnostics

/// A node of the MIME tree: a leaf with encoded content, or a multipart with children.
struct MIMEPart {
    /// Complete header lines of this part (each ends in CRLF), without Content-Type for multiparts.
    var headers: [String]
    /// The body of a leaf, already transfer-encoded, with CRLF line ends.
    var body: [UInt8]
    /// The multipart subtype (`mixed`, `alternative`, `related`) when this is a multipart.
    var subtype: String?
    /// Extra Content-Type parameters of a multipart, such as `type="text/html"`.
    var parameters: [String]
    /// The children of a multipart.
    var children: [MIMEPart]

    /// A leaf part.
    static func leaf(headers: [String], body: [UInt8]) -> MIMEPart {
        MIMEPart(headers: headers, body: body, subtype: nil, parameters: [], children: [])
    }

    /// A multipart part.
    static func multipart(_ subtype: String, parameters: [String] = [], _ children: [MIMEPart]) -> MIMEPart {
        MIMEPart(headers: [], body: [], subtype: subtype, parameters: parameters, children: children)
    }

    /// This part's header lines and body; boundaries come from `seed` and the part's path,
    /// so the same message always gives the same bytes.
    func serialized(seed: String, path: String = "0") -> (headers: String, body: [UInt8]) {
        guard let subtype else { return (headers.joined(), body) }
        let rendered = children.enumerated().map { index, child in
            let (childHeaders, childBody) = child.serialized(seed: seed, path: "\(path).\(index)")
            return Array((childHeaders + "\r\n").utf8) + childBody
        }
        // "=_" never occurs in quoted-printable or base64 output; the loop guards the rest.
        var salt = 0
        var boundary: [UInt8] = []
        repeat {
            let digest = SHA256Hex.of(Array("\(seed)/\(path)/\(salt)".utf8))
            boundary = Array("--=_herald_\(subtype.prefix(3))_\(digest.prefix(24))".utf8)
            salt += 1
        } while rendered.contains(where: { $0.contains(bytes: boundary) })
        var contentType = "Content-Type: multipart/\(subtype);"
        for parameter in parameters { contentType += "\r\n \(parameter);" }
        contentType += "\r\n boundary=\"\(String(decoding: boundary.dropFirst(2), as: UTF8.self))\"\r\n"
        var body: [UInt8] = []
        body.reserveCapacity(rendered.reduce(0) { $0 + $1.count } + (rendered.count + 1) * (boundary.count + 4))
        for part in rendered {
            body += boundary
            body += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
            body += part
        }
        body += boundary
        body += [UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        return (headers.joined() + contentType, body)
    }
}
