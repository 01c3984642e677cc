extension EmailBuilder {
    /// The MIME tree: mixed(alternative(plain, related(html, images…)), attachments…),
    /// leaving out each multipart that would have one child.
    static func tree(_ content: EmailContent, text: String) -> MIMEPart {
        let plain = MIMEPart.leaf(
            headers: ["Content-Type: text/plain; charset=utf-8\r\n", "Content-Transfer-Encoding: quoted-printable\r\n"],
            body: QuotedPrintable.encodedBytes(text))
        let html = MIMEPart.leaf(
            headers: ["Content-Type: text/html; charset=utf-8\r\n", "Content-Transfer-Encoding: quoted-printable\r\n"],
            body: QuotedPrintable.encodedBytes(content.html))
        var htmlNode = html
        if !content.inlineImages.isEmpty {
            let images = content.inlineImages.map { image in
                var headers = [
                    MIMEParameter.header("Content-Type", image.contentType, []),
                    "Content-Transfer-Encoding: base64\r\n",
                    "Content-ID: <\(image.contentID)>\r\n",
                ]
                headers.append(MIMEParameter.header(
                    "Content-Disposition", "inline", image.filename.map { MIMEParameter.encode("filename", $0) } ?? []))
                return MIMEPart.leaf(headers: headers, body: Base64Lines.encodedBytes(image.data))
            }
            htmlNode = .multipart("related", parameters: ["type=\"text/html\""], [html] + images)
        }
        let alternative = MIMEPart.multipart("alternative", [plain, htmlNode])
        guard !content.attachments.isEmpty else { return alternative }
        let files = content.attachments.map { file in
            let ascii = file.filename.allSatisfy(\.isASCII)
            let headers = [
                MIMEParameter.header("Content-Type", file.contentType, ascii ? MIMEParameter.encode("name", file.filename) : []),
                "Content-Transfer-Encoding: base64\r\n",
                MIMEParameter.header("Content-Disposition", "attachment", MIMEParameter.encode("filename", file.filename)),
            ]
            return MIMEPart.leaf(headers: headers, body: Base64Lines.encodedBytes(file.data))
        }
        return .multipart("mixed", [alternative] + files)
    }
}
