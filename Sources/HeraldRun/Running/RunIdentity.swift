import Foundation
import HeraldModel

/// Names a run from its inputs, never from the clock, so two runs over the same input and
/// outbox state name everything the same way.
///
/// The id is `<as-of as YYYYMMDD>-<8 hex>-<attempt>`: the hex digits are FNV-1a over the
/// input file's name and size; the attempt is 1 plus the number of finished runs with the
/// same prefix in the outbox's `runs/` folder. An interrupted run left no manifest, so its
/// rerun takes over its id and continues its file numbering.
enum RunIdentity {
    static func make(asOf: LocalDate, input: URL, outbox: URL) -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0
        var hash: UInt32 = 0x811c_9dc5
        for byte in Array("\(input.lastPathComponent)\u{1F}\(size)".utf8) {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        let date = asOf.iso.replacingOccurrences(of: "-", with: "")
        let prefix = "\(date)-\(String(repeating: "0", count: 8 - hex.count))\(hex)-"
        let finished =
            (try? FileManager.default.contentsOfDirectory(atPath: outbox.appendingPathComponent("runs").path)) ?? []
        let attempts = finished.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.count
        return prefix + String(attempts + 1)
    }
}
