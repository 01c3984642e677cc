import Foundation
import HeraldRun
import HeraldTesting
import Logging
import Testing

/// Bad input never stops a run or loses a record: on damaged copies of the fixture input
/// (bytes flipped, cut or duplicated, JSON tokens inserted) every run finishes, and every
/// non-blank line is counted once, as a message, a reason why none is due, or a reject.
@Suite struct DamagedInputTests {
    /// SplitMix64: a fixed seed gives the same damaged inputs on every machine.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let insertions: [[UInt8]] = [
        "\"", "{", "}", "[", "]", ",", ":", "\n", "\r\n", "\\u0000", "\\ud800", "null", "1e999", "-0",
        "\"\\\"", String(repeating: "9", count: 40), "{\"invoices\":", "\"status\":\"disputed\"",
    ].map { Array($0.utf8) } + [[0xFF, 0xFE], [0xC3], [0xE2, 0x82]]

    static func damaged(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var data = bytes
        for _ in 0..<Int.random(in: 1...30, using: &generator) where !data.isEmpty {
            let position = Int.random(in: 0..<data.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: data[position] = UInt8.random(in: 0...255, using: &generator)
            case 1: data.removeSubrange(position..<min(data.count, position + Int.random(in: 1...20, using: &generator)))
            case 2: data.insert(contentsOf: insertions.randomElement(using: &generator) ?? [], at: position)
            default:
                let start = Int.random(in: 0..<data.count, using: &generator)
                data.insert(contentsOf: data[start..<min(data.count, start + 60)], at: position)
            }
        }
        return data
    }

    @Test func everyDamagedLineIsCountedOnceAndTheRunFinishes() throws {
        let folder = try TemporaryFolder(prefix: "herald-damaged-input")
        let context = try RunFixtures.context()
        let original = Array(try Data(contentsOf: RunFixtures.customersFile))
        var generator = SeededGenerator(state: 20_261_202)
        var malformed = 0
        for round in 0..<60 {
            let bytes = Self.damaged(original, using: &generator)
            let input = folder.child("input-\(round).jsonl")
            try Data(bytes).write(to: input)
            let options = RunOptions(
                input: input, outbox: folder.child("outbox-\(round)"), asOf: RunFixtures.asOf, dryRun: true, jobs: 2)
            let summary = try DunningRun.execute(context: context, options: options, logger: Logger(label: "test.damaged"))
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .filter { $0.contains { ![0x20, 0x09, 0x0D].contains($0) } }
            let outcomes = summary.messageCount + summary.alreadySent + summary.nothingDue + summary.held + summary.rejectCount
            #expect(summary.records == lines.count, "round \(round): \(input.path)")
            #expect(outcomes == summary.records, "round \(round): \(input.path)")
            malformed += summary.rejects["input.malformed-record", default: 0]
        }
        // The damage reaches the decoder: most rounds have records that no longer parse.
        #expect(malformed > 100)
    }
}
