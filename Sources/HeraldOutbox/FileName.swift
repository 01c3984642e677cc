import Crypto
import HeraldDiagnostics

/// File names in the outbox: derived, never taken raw from input data.
///
/// A message file is `<run>.<sequence>.<key-hash>.<extension>`, for example
/// `20261129T0500Z.000042.3f2a9c0e1b7d4a55.eml`:
/// - `run` is the run id, sanitized (see ``safeRunID(_:)``);
/// - `sequence` is the message's 1-based number in the run, six digits or more;
/// - `key-hash` is the first 16 hex digits of SHA-256 of the idempotency key;
/// - `extension` is lower-case ASCII letters and digits.
///
/// Names hold only `[A-Za-z0-9._-]`, never start with `.`, and never contain `/` or `:`, so
/// they are valid Maildir names and safe in every shell.
enum FileName {
    /// Longest run id kept verbatim.
    static let maximumRunIDLength = 64

    /// The run id as it may appear in a file name.
    ///
    /// Ids made of `[A-Za-z0-9_-]` (not starting with `-`, at most 64 characters) are kept.
    /// Anything else has every other character replaced by `_`, is cut to 40 characters and
    /// gets `-` plus 8 hex digits of the raw id's hash, so two different raw ids never
    /// sanitize to the same name (`"../../etc"` becomes `______etc-…`).
    static func safeRunID(_ raw: String) -> String {
        let isPlain =
            !raw.isEmpty && raw.utf8.count <= maximumRunIDLength && raw.utf8.first != UInt8(ascii: "-")
            && raw.utf8.allSatisfy(isRunIDByte)
        if isPlain { return raw }
        var bytes = raw.utf8.prefix(40).map { isRunIDByte($0) ? $0 : UInt8(ascii: "_") }
        if bytes.first == UInt8(ascii: "-") { bytes[0] = UInt8(ascii: "_") }
        let replaced = String(decoding: bytes, as: UTF8.self)
        return (replaced.isEmpty ? "run" : replaced) + "-" + hashPrefix(raw, digits: 8)
    }

    /// The first 16 hex digits of the key's SHA-256.
    static func keyHash(_ key: String) -> String { hashPrefix(key, digits: 16) }

    /// The first `digits` (at most 16) lowercase hex digits of the SHA-256 of `text`.
    private static func hashPrefix(_ text: String, digits: Int) -> String {
        let value = SHA256.hash(data: Array(text.utf8)).prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let hex = String(value, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(digits))
    }

    /// The name of one message file.
    static func message(runID: String, sequence: Int, key: String, fileExtension: String) -> String {
        "\(runID).\(paddedSequence(sequence)).\(keyHash(key)).\(fileExtension)"
    }

    /// The extension normalised to lower case, or `nil` when it is not 1–16 ASCII letters or digits.
    static func normalizedExtension(_ raw: String) -> String? {
        let lowered = raw.lowercased()
        guard (1...16).contains(lowered.utf8.count),
            lowered.utf8.allSatisfy({ $0.isASCIIDigit || $0.isASCIILetter })
        else { return nil }
        return lowered
    }

    /// Whether `name` is one the outbox could have produced (used to check ledger lines).
    static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.first != UInt8(ascii: ".") && name.utf8.count <= 255
            && name.utf8.allSatisfy { isRunIDByte($0) || $0 == UInt8(ascii: ".") }
    }

    static func paddedSequence(_ sequence: Int) -> String {
        let digits = String(sequence)
        return digits.count >= 6 ? digits : String(repeating: "0", count: 6 - digits.count) + digits
    }

    private static func isRunIDByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
