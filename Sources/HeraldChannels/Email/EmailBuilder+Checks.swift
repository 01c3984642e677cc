import HeraldDiagnostics

extension EmailBuilder {
    /// Address problems; the recipient's address is customer data, so only the customer id is named.
    func checkAddresses(_ content: EmailContent) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let customer = content.audit.customerID
        if let reason = EmailAddressValidator.problem(with: content.to.address) {
            problems.append(.error(
                "email.invalid-address", "customer '\(customer)': the email address is not usable: \(reason)",
                help: "correct the customer's email in the input data; the policy falls back to another channel"))
        }
        if let reason = EmailAddressValidator.problem(with: content.from.address) {
            problems.append(.error(
                "email.invalid-address", "the sender address '\(content.from.address)' is not usable: \(reason)",
                help: "set company.email in herald.yaml to an address such as billing@example.com"))
        }
        if let replyTo = content.replyTo, let reason = EmailAddressValidator.problem(with: replyTo.address) {
            problems.append(.error(
                "email.invalid-address", "the Reply-To address '\(replyTo.address)' is not usable: \(reason)",
                help: "correct the reply-to address in herald.yaml"))
        }
        let needsUTF8 = [content.from, content.to, content.replyTo].contains { $0?.requiresSMTPUTF8 == true }
        if needsUTF8 && !options.allowsSMTPUTF8 {
            problems.append(.error(
                "email.smtputf8-required",
                "customer '\(customer)': an address has a non-ASCII local part or domain, "
                    + "which only SMTPUTF8 (RFC 6531) servers can deliver",
                help: "allow SMTPUTF8 output (the message is then flagged X-Herald-SMTPUTF8: yes) "
                    + "or use an ASCII address"))
        }
        return problems
    }

    /// `Auto-Submitted` for transactional mail; `List-Unsubscribe` (+ `-Post`) for marketing.
    func listHeaders(_ kind: EmailKind, problems: inout [Diagnostic], warnings: inout [Diagnostic]) -> [String] {
        switch kind {
        case .transactional:
            return ["Auto-Submitted: auto-generated\r\n"]
        case .marketing(let url, let mailto):
            guard let url else {
                warnings.append(.warning(
                    "email.missing-unsubscribe", "marketing mail without an unsubscribe URL gets no List-Unsubscribe header",
                    help: "give an https:// unsubscribe URL; Gmail and Yahoo require one-click unsubscribe (RFC 8058)"))
                return []
            }
            guard url.lowercased().hasPrefix("https://"), Self.isHeaderSafeURI(url) else {
                problems.append(.error(
                    "email.unsubscribe-not-https", "the unsubscribe URL must be an https:// URL without spaces or '<>'",
                    help: "RFC 8058 one-click unsubscribe needs an HTTPS URI"))
                return []
            }
            var value = "<\(url)>"
            if let mailto {
                if mailto.lowercased().hasPrefix("mailto:"), Self.isHeaderSafeURI(mailto) {
                    value += ", <\(mailto)>"
                } else {
                    problems.append(.error(
                        "email.unsubscribe-not-https", "the unsubscribe mail address must be a mailto: URI",
                        help: "write it as mailto:unsubscribe@example.com?subject=unsubscribe"))
                }
            }
            return [
                HeaderField.foldedASCII("List-Unsubscribe", value),
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n",
            ]
        }
    }

    /// Inline image and attachment problems: dangling `cid:` references, bad media types.
    func checkParts(_ content: EmailContent) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let known = Set(content.inlineImages.map(\.contentID))
        for reference in Self.cidReferences(in: content.html) where !known.contains(reference) {
            problems.append(.error(
                "email.dangling-cid", "the HTML shows 'cid:\(reference)' but no inline image has that Content-ID",
                help: "pass the image as an InlineImage with contentID '\(reference)' or remove the reference"))
        }
        for image in content.inlineImages where !Self.isMessageIDBody(image.contentID) {
            problems.append(.error(
                "email.invalid-content-id", "the inline image Content-ID '\(image.contentID)' is not of the form left@right",
                help: "use an id such as logo@example.com (no spaces or angle brackets)"))
        }
        let types = content.attachments.map(\.contentType) + content.inlineImages.map(\.contentType)
        for type in types where !Self.isMediaType(type) {
            problems.append(.error(
                "email.invalid-content-type", "'\(type)' is not a media type such as application/pdf",
                help: "give attachments and images a type/subtype media type"))
        }
        return problems
    }

    /// The `cid:` references in `html` (in `src`, `href` or CSS `url()`), without the scheme.
    static func cidReferences(in html: String) -> [String] {
        var references: [String] = []
        for offset in html.utf8Offsets(of: "cid:") {
            let tail = html[html.utf8.index(html.utf8.startIndex, offsetBy: offset + 4)...]
            let end = tail.firstIndex(where: { "\"' )>".contains($0) || $0.isWhitespace }) ?? tail.endIndex
            let reference = String(tail[..<end])
            if !reference.isEmpty, !references.contains(reference) { references.append(reference) }
        }
        return references
    }

    private static func isHeaderSafeURI(_ uri: String) -> Bool {
        uri.allSatisfy { $0.isASCII && !$0.isWhitespace && $0 != "<" && $0 != ">" && $0 != "," }
            && !uri.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    private static func isMessageIDBody(_ id: String) -> Bool {
        let parts = id.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && !$0.isWhitespace && !"<>\"()[]\\,;:".contains($0) }
        }
    }

    private static func isMediaType(_ type: String) -> Bool {
        let parts = type.split(separator: "/", omittingEmptySubsequences: false)
        let token = { (part: Substring) in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "!#$&-^_.+".contains($0)) }
        }
        return parts.count == 2 && parts.allSatisfy(token)
    }
}
