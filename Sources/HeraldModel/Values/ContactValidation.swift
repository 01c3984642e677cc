import HeraldDiagnostics

/// Small, deliberately conservative syntax checks for contact data.
///
/// They decide whether a channel can be used at all; they do not prove that an address or
/// number exists. Each returns `nil` when the value is usable, or the reason it is not, in
/// words that `herald explain` shows ("address 'not-an-email' is invalid: no '@'").
public enum ContactValidation {
    /// Whether `tag` is a BCP 47 language (`de`) or language tag with subtags (`de-AT`), the
    /// form customers' `locale` field takes: 2–3 letters, then `-`-separated subtags of 1–8
    /// letters or digits.
    public static func isLocaleTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        return parts[0].isASCIICode(length: 2...3)
            && parts.dropFirst().allSatisfy { $0.isASCIICode(length: 1...8, digits: true) }
    }

    /// Checks an email address: one `@`, a non-empty local part of at most 64 bytes without
    /// spaces or control characters, and a domain of dot-separated labels (letters, digits,
    /// hyphens, or non-ASCII for internationalised names) with at least one dot.
    ///
    /// - Returns: `nil` when the address looks deliverable, else what is wrong.
    public static func emailProblem(_ address: String) -> String? {
        if address.isEmpty { return "no email address" }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return parts.count < 2 ? "address '\(address)' is invalid: no '@'" : "address '\(address)' is invalid: more than one '@'"
        }
        let local = parts[0]
        let domain = parts[1]
        if local.isEmpty || local.utf8.count > 64 { return "address '\(address)' is invalid: bad local part" }
        if local.unicodeScalars.contains(where: { $0.value <= 0x20 || $0 == "\u{7F}" || "()<>,;:\\\"[]".unicodeScalars.contains($0) })
            || local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..")
        {
            return "address '\(address)' is invalid: bad local part"
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.utf8.count <= 253 else {
            return "address '\(address)' is invalid: domain needs a dot"
        }
        for label in labels {
            let valid =
                !label.isEmpty && label.utf8.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { $0.value > 0x7F || isASCIIAlphanumeric($0) || $0 == "-" }
            if !valid { return "address '\(address)' is invalid: bad domain" }
        }
        return nil
    }

    /// Checks an E.164 phone number: `+`, a country code not starting with 0, 8 to 15 digits
    /// in total, nothing else (no spaces or punctuation).
    ///
    /// - Returns: `nil` when the number is usable, else what is wrong.
    public static func phoneProblem(_ number: String) -> String? {
        if number.isEmpty { return "no phone number" }
        let scalars = Array(number.unicodeScalars)
        guard scalars.first == "+" else { return "number '\(number)' is not E.164: it must start with '+'" }
        let digits = scalars.dropFirst()
        guard digits.allSatisfy({ ("0"..."9").contains($0) }) else {
            return "number '\(number)' is not E.164: digits only after '+'"
        }
        guard digits.first != "0" else { return "number '\(number)' is not E.164: country code cannot start with 0" }
        guard (8...15).contains(digits.count) else {
            return "number '\(number)' is not E.164: \(digits.count) digits, expected 8 to 15"
        }
        return nil
    }

    /// A phone number as people write it internationally, in E.164: `+31 6 1234 5678`,
    /// `+31 (0)6-1234.5678` and `0031612345678` all become `+31612345678`. Spaces, `-`, `.`,
    /// `/` and parentheses are dropped, a `(0)` trunk prefix with them, and a leading `00` is the
    /// international prefix. A number that is still not E.164 (a national `06 1234 5678`, whose
    /// country code Herald would have to guess) is returned as written, for ``phoneProblem(_:)``
    /// to explain.
    public static func e164(_ written: String) -> String {
        let utf8 = written.utf8
        if utf8.first == UInt8(ascii: "+"), utf8.dropFirst().allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return written
        }
        var digits = ""
        for scalar in written.replacing("(0)", with: "").unicodeScalars where !Self.phoneSeparators.contains(scalar) {
            digits.unicodeScalars.append(scalar)
        }
        if digits.hasPrefix("00") { digits = "+" + digits.dropFirst(2) }
        return phoneProblem(digits) == nil ? digits : written
    }

    /// What people put between the digits of a phone number.
    private static let phoneSeparators: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{202F}", "\t", "-", ".", "/", "(", ")"]

    /// Checks a postal address for a letter: street, city and country present (postal code
    /// too, except for countries that have none, such as HK).
    ///
    /// - Returns: `nil` when the address can go on an envelope, else what is missing.
    public static func postalAddressProblem(street: String, postalCode: String, city: String, country: String) -> String? {
        var missing: [String] = []
        if street.trimmingWhitespace.isEmpty { missing.append("street") }
        if postalCode.trimmingWhitespace.isEmpty, !countriesWithoutPostalCodes.contains(country) {
            missing.append("postal_code")
        }
        if city.trimmingWhitespace.isEmpty { missing.append("city") }
        if country.trimmingWhitespace.isEmpty { missing.append("country") }
        guard !missing.isEmpty else { return nil }
        return "postal address incomplete: no " + missing.map { "'\($0)'" }.joined(separator: ", ")
    }

    private static let countriesWithoutPostalCodes: Set<String> = ["HK", "AE", "QA"]

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
