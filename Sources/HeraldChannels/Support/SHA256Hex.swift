import Crypto
import Foundation

/// Lowercase hexadecimal SHA-256 digests (from swift-crypto), for print manifests and for
/// stable, well-spread MIME identifiers.
public enum SHA256Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The 64-digit lowercase hex SHA-256 of `bytes`.
    public static func of(_ bytes: some DataProtocol) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
