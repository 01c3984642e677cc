/// Decodes HTML character references (`&amp;`, `&#8364;`, `&#x20AC;`, common named ones).
enum HTMLEntities {
    /// Named references an email body typically uses; unknown names are left as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "euro": "€",
        "pound": "£", "yen": "¥", "cent": "¢", "copy": "©", "reg": "®", "trade": "™", "sect": "§", "para": "¶",
        "deg": "°", "middot": "·", "bull": "•", "hellip": "…", "ndash": "–", "mdash": "—", "lsquo": "‘",
        "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{AD}", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "times": "×", "divide": "÷", "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä",
        "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë",
        "aacute": "á", "agrave": "à", "acirc": "â", "ccedil": "ç", "Ccedil": "Ç", "iacute": "í", "iuml": "ï",
        "ocirc": "ô", "oacute": "ó", "uacute": "ú", "ugrave": "ù", "ntilde": "ñ", "Eacute": "É", "oslash": "ø",
        "aring": "å", "Aring": "Å", "aelig": "æ", "frac12": "½", "frac14": "¼", "frac34": "¾",
    ]

    /// `text` with every recognised reference replaced by its character.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(32).firstIndex(of: ";"), let value = resolve(after[..<semicolon]) {
                output += value
                rest = after[after.index(after: semicolon)...]
            } else {
                output += "&"
                rest = after
            }
        }
        return output + rest
    }

    private static func resolve(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[String(name)]
    }
}
