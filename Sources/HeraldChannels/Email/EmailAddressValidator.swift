import HeraldDiagnostics

/// A pragmatic RFC 5322 addr-spec check, for deciding whether email is usable at all
/// (the policy falls back to another channel when it is not).
///
/// Accepts `local@domain` where the local part is a dot-atom (RFC 5322 atext, plus
/// non-ASCII per RFC 6531) or a quoted-string, at most 64 octets, and the domain is a
/// host name with at least two labels (letters, digits, hyphens, or non-ASCII U-labels;
/// no label starts or ends with a hyphen; each at most 63 octets) or an address literal
/// such as `[192.0.2.1]`; at most 254 octets in all. It does not look up DNS.
public enum EmailAddressValidator {
    /// The symbols RFC 5322 allows in an unquoted local part (`atext`), besides letters and digits.
    private static let atextSymbolText = "!#$%&'*+-/=?^_`{|}~"
    private static let atextSymbols = Set(atextSymbolText)
    private static let atextSymbolBytes = Array(atextSymbolText.utf8)

    /// Whether `address` passes ``problem(with:)``.
    public static func isValid(_ address: String) -> Bool { problem(with: address) == nil }

    /// Why `address` is not a usable addr-spec, or `nil` when it is.
    public static func problem(with address: String) -> String? {
        guard !address.isEmpty else { return "it is empty" }
        guard address.utf8.count <= 254 else { return "it is longer than 254 octets" }
        guard !address.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == " " })
            || address.hasPrefix("\"")
        else { return "it contains spaces or control characters" }
        guard let at = address.lastIndex(of: "@") else { return "it has no '@'" }
        let local = String(address[..<at])
        let domain = String(address[address.index(after: at)...])
        if let problem = localPartProblem(local) { return problem }
        return domainProblem(domain)
    }

    private static func localPartProblem(_ local: String) -> String? {
        guard !local.isEmpty else { return "the part before '@' is empty" }
        guard local.utf8.count <= 64 else { return "the part before '@' is longer than 64 octets" }
        if local.hasPrefix("\"") {
            guard local.count >= 2, local.hasSuffix("\"") else { return "the quoted local part is not closed" }
            let inner = Array(local.dropFirst().dropLast())
            var index = 0
            while index < inner.count {
                let character = inner[index]
                if character == "\\" {
                    index += 2
                    continue
                }
                if character == "\"" || character.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                    return "the quoted local part has an unescaped '\"' or a control character"
                }
                index += 1
            }
            return index == inner.count ? nil : "the quoted local part ends in a lone backslash"
        }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") {
            return "the part before '@' starts or ends with a dot, or has two dots in a row"
        }
        if local.utf8.allSatisfy({ $0 < 0x80 }) {
            // The usual address: checked as bytes, without `Character`'s Unicode property lookups.
            for byte in local.utf8 where byte != UInt8(ascii: ".") && !isASCIIAtext(byte) {
                return "the part before '@' contains '\(Character(Unicode.Scalar(byte)))', which needs quoting"
            }
            return nil
        }
        for character in local where character != "." {
            if !(character.isASCII ? (character.isLetter || character.isNumber || atextSymbols.contains(character))
                : !character.isWhitespace)
            {
                return "the part before '@' contains '\(character)', which needs quoting"
            }
        }
        return nil
    }

    /// Whether an ASCII byte is `atext` (RFC 5322): a letter, a digit or one of `atextSymbolText`.
    private static func isASCIIAtext(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || atextSymbolBytes.contains(byte)
    }

    private static func domainProblem(_ domain: String) -> String? {
        guard !domain.isEmpty else { return "the domain after '@' is empty" }
        if domain.hasPrefix("[") {
            guard domain.hasSuffix("]"), domain.count > 2 else { return "the address literal is not closed" }
            return nil
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "the domain '\(domain)' has no dot (no top-level domain)" }
        for label in labels {
            guard !label.isEmpty else { return "the domain has an empty label (two dots in a row or a dot at an end)" }
            guard label.utf8.count <= 63 else { return "a domain label is longer than 63 octets" }
            guard !label.hasPrefix("-"), !label.hasSuffix("-") else { return "a domain label starts or ends with '-'" }
            for byte in label.utf8 where byte < 0x80 && !(byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "-")) {
                return "the domain contains '\(Character(Unicode.Scalar(byte)))'"
            }
        }
        if let tld = labels.last, tld.utf8.allSatisfy(\.isASCIIDigit) {
            return "the top-level domain is all digits"
        }
        return nil
    }
}
