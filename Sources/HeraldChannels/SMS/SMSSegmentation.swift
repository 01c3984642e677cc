/// How an SMS body is encoded and into how many parts it splits (3GPP TS 23.038 / 23.040).
///
/// The count follows the carriers' rule: one character outside GSM-7 switches the whole
/// message to UCS-2; a GSM-7 extension character (`€`, `^`, `{`, …) costs two septets;
/// a message longer than one SMS is split into parts of 153 septets (GSM-7) or 67 UTF-16
/// units (UCS-2), and an ESC pair or a surrogate pair is never split across parts, so a
/// part may hold one unit less.
///
/// ```swift
/// let s = SMSSegmentation(body: "Zahlung fällig: 80 €")
/// // s.encoding == .gsm7, s.units == 21, s.segments == 1
/// ```
public struct SMSSegmentation: Sendable, Hashable {
    /// The encoding the body needs.
    public var encoding: SMSEncoding
    /// Septets (GSM-7) or UTF-16 code units (UCS-2) the body takes.
    public var units: Int
    /// The number of SMS parts the body is sent as (at least 1, also for an empty body).
    public var segments: Int
    /// User-perceived characters (grapheme clusters) in the body.
    public var characters: Int
    /// The distinct characters that are not in GSM-7 and so forced UCS-2, in order of first use.
    public var nonGSMCharacters: [Character]

    /// Measures `body`.
    public init(body: String) {
        characters = body.count
        var forcing: [Character] = []
        for character in body where !GSM7Alphabet.canEncode(String(character)) {
            if !forcing.contains(character) { forcing.append(character) }
        }
        nonGSMCharacters = forcing
        // Each unit's width, where a 2 marks the first of a pair that must stay together.
        var widths: [Int] = []
        if forcing.isEmpty {
            encoding = .gsm7
            for scalar in body.unicodeScalars { widths.append(GSM7Alphabet.septets(for: scalar) ?? 1) }
        } else {
            encoding = .ucs2
            for scalar in body.unicodeScalars { widths.append(scalar.utf16.count) }
        }
        units = widths.reduce(0, +)
        segments = Self.countParts(widths: widths, encoding: encoding, units: units)
    }

    /// Packs the indivisible items of `widths` into parts without splitting one.
    private static func countParts(widths: [Int], encoding: SMSEncoding, units: Int) -> Int {
        if units <= encoding.singleMessageCapacity { return 1 }
        let capacity = encoding.concatenatedPartCapacity
        var parts = 1
        var used = 0
        for width in widths {
            if used + width > capacity {
                parts += 1
                used = 0
            }
            used += width
        }
        return parts
    }
}
