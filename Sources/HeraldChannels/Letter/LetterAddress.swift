/// Builds the recipient lines of the window (DIN 5008 Anschriftzone) from address fields.
public enum LetterAddress {
    /// The recipient lines, top to bottom, without blank lines, at most 6:
    /// recipient name, company (when given and different), street, `postalCode city`, and for
    /// mail abroad the destination country in capitals as the last line (UPU / DIN 5008).
    ///
    /// - Parameters:
    ///   - name: The person, such as `Frau Anna Müller`.
    ///   - company: The company, printed above the person when given.
    ///   - street: Street and number.
    ///   - postalCode: The postal code.
    ///   - city: The town or city.
    ///   - country: The destination's ISO 3166-1 alpha-2 code.
    ///   - countryName: The destination's name in the sender's language (falls back to the code).
    ///   - senderCountry: The sender's ISO code; no country line when it equals `country`.
    /// - Returns: Up to 6 lines; `PrintManifestBuilder` rejects an empty result.
    public static func lines(
        name: String, company: String = "", street: String, postalCode: String, city: String, country: String,
        countryName: String? = nil, senderCountry: String
    ) -> [String] {
        let clean = { (text: String) in HeaderField.sanitized(text) }
        var lines: [String] = []
        if !clean(company).isEmpty, clean(company) != clean(name) { lines.append(clean(company)) }
        lines.append(clean(name))
        lines.append(clean(street))
        lines.append(clean("\(clean(postalCode)) \(clean(city))"))
        if country.uppercased() != senderCountry.uppercased() {
            lines.append(clean(countryName ?? country).uppercased())
        }
        return Array(lines.filter { !$0.isEmpty }.prefix(LetterLayout.maximumRecipientLines))
    }
}
