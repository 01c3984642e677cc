import HeraldDiagnostics

/// Checks SMS addresses: E.164 recipient numbers and sender IDs.
public enum SMSAddress {
    /// Checks that `number` is an E.164 number: `+`, a country code that does not start with
    /// 0, and at most 15 digits in all, with no spaces or punctuation (`+491701234567`).
    ///
    /// - Returns: `nil` when valid, otherwise the reason, as a sentence fragment.
    public static func e164Problem(_ number: String) -> String? {
        guard number.hasPrefix("+") else { return "it does not start with '+' and a country code" }
        let digits = number.dropFirst()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return "only digits may follow the '+' (no spaces or punctuation)"
        }
        guard digits.first != "0" else { return "a country code never starts with 0" }
        guard digits.count >= 7 else { return "it has \(digits.count) digits; a full number has at least 7" }
        guard digits.count <= 15 else { return "it has \(digits.count) digits; E.164 allows at most 15" }
        return nil
    }

    /// Whether `number` is a valid E.164 number (see ``e164Problem(_:)``).
    public static func isValidE164(_ number: String) -> Bool { e164Problem(number) == nil }

    /// Checks a sender ID: either alphanumeric (at most 11 characters from `A–Z a–z 0–9` and
    /// space, at least one letter) or numeric (an optional `+` and up to 15 digits).
    ///
    /// - Returns: `nil` when valid, otherwise the reason.
    public static func senderProblem(_ sender: String) -> String? {
        let body = sender.hasPrefix("+") ? Substring(sender.dropFirst()) : Substring(sender)
        if !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return body.count <= 15 ? nil : "a numeric sender has at most 15 digits, this one has \(body.count)"
        }
        guard !sender.isEmpty else { return "it is empty" }
        guard sender.count <= 11 else {
            return "an alphanumeric sender ID has at most 11 characters, this one has \(sender.count)"
        }
        guard sender.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " ") }) else {
            return "an alphanumeric sender ID may only use A-Z, a-z, 0-9 and space"
        }
        guard sender.contains(where: { $0.isLetter }) else {
            return "an alphanumeric sender ID needs at least one letter"
        }
        return nil
    }
}
