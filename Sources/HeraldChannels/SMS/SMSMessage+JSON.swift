extension SMSMessage {
    /// The outbox JSON for this message, keys in a fixed order:
    /// `id, to, from, body, encoding, segments, characters, units, transliterated,
    /// non_gsm_characters, idempotency_key, customer_id, segment, stage, template`.
    ///
    /// Pretty-printed with two spaces, UTF-8, ending in a newline; identical input gives
    /// identical bytes.
    public var json: String {
        var fields: [(String, JSONText.Value)] = [
            ("id", .string(id)), ("to", .string(to)), ("from", .string(from)), ("body", .string(body)),
            ("encoding", .string(segmentation.encoding.rawValue)), ("segments", .int(segmentation.segments)),
            ("characters", .int(segmentation.characters)), ("units", .int(segmentation.units)),
            ("transliterated", .bool(wasTransliterated)),
            ("non_gsm_characters", .strings(segmentation.nonGSMCharacters.map { String($0) })),
        ]
        for (name, value) in audit.namedValues { fields.append((name, .string(value))) }
        return JSONText.object(fields)
    }

    /// ``json`` as UTF-8 bytes.
    public var jsonBytes: [UInt8] { Array(json.utf8) }
}
