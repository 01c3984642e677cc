import Foundation
import HeraldChannels
import HeraldTesting
import Testing

@Suite struct SHA256HexTests {
    /// FIPS 180-4 / NIST CAVP vectors, plus lengths around the 55/56/64-byte padding edges.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256Hex.of(Array(input.utf8)) == digest)
    }

    @Test func millionAs() {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256Hex.of(input) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [55, 56, 63, 64, 65, 119, 120])
    func paddingEdgesAgreeWithSha256sum(length: Int) throws {
        let input = [UInt8]((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let result = try ExternalTool.withTemporaryFile(named: "data.bin", contents: .init(input)) { path in
            try ExternalTool.run(["sha256sum", path])
        }
        #expect(result.stdout.hasPrefix(SHA256Hex.of(input)))
    }
}
