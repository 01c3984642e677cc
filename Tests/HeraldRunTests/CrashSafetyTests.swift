import Foundation
import HeraldModel
import HeraldOutbox
import HeraldRun
import HeraldTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Kills the real `herald` binary with SIGKILL in the middle of a run, twice, then lets a
/// third run finish, and checks that every due message is in `new/` exactly once, complete.
@Suite(.serialized) struct CrashSafetyTests {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/herald")

    /// Customers C001–C006 of the fixture (each gets a message) repeated under new ids.
    static func writeInput(groups: Int, to url: URL) throws -> [String: Customer] {
        let lines = try String(contentsOf: RunFixtures.customersFile, encoding: .utf8).split(separator: "\n").prefix(6)
        var text = ""
        var customers: [String: Customer] = [:]
        for group in 0..<groups {
            for line in lines {
                let renamed = line.replacingOccurrences(
                    of: #""customer_id": "(C\d+)""#, with: "\"customer_id\": \"$1-\(group)\"", options: .regularExpression)
                text += renamed + "\n"
                if case .success(let customer) = RecordDecoder.decodeJSONLine(Array(renamed.utf8), lineNumber: 1) {
                    customers[customer.id] = customer
                }
            }
        }
        try Data(text.utf8).write(to: url)
        return customers
    }

    func launch(input: URL, outbox: URL) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = [
            "run", "--project", RunFixtures.projectRoot.path, "--input", input.path, "--outbox", outbox.path,
            "--as-of", RunFixtures.asOf.iso, "--batch-size", "50", "--no-progress",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func ledgerLines(_ outbox: URL) -> Int {
        guard let data = FileManager.default.contents(atPath: outbox.appendingPathComponent("ledger.jsonl").path) else { return 0 }
        return data.filter { $0 == UInt8(ascii: "\n") }.count
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "build herald first: swift build"))
    func killedRunsLeaveEveryMessageExactlyOnce() throws {
        let folder = try TemporaryFolder(prefix: "herald-run-tests")
        let input = folder.child("customers.jsonl")
        let outbox = folder.child("outbox")
        let customers = try Self.writeInput(groups: 300, to: input)

        for (attempt, extraDelay) in [(0, 0.05), (1, 0.3)] {
            let process = try launch(input: input, outbox: outbox)
            let start = ledgerLines(outbox)
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning, ledgerLines(outbox) == start, Date() < deadline { usleep(5_000) }
            usleep(UInt32(extraDelay * 1_000_000))
            #expect(process.isRunning, "attempt \(attempt) finished before it could be killed")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let final = try launch(input: input, outbox: outbox)
        final.waitUntilExit()
        #expect(final.terminationStatus == 0)

        for channel in ["email", "sms", "letter", "handover"] {
            let tmp = try FileManager.default.contentsOfDirectory(atPath: outbox.appendingPathComponent("\(channel)/tmp").path)
            #expect(tmp.isEmpty, "\(channel)/tmp still holds \(tmp.count) files")
        }
        let ledger = try String(contentsOf: outbox.appendingPathComponent("ledger.jsonl"), encoding: .utf8)
        let entries = try ledger.split(separator: "\n").map { try JSONDecoder().decode(LedgerEntry.self, from: Data($0.utf8)) }
        #expect(entries.count == customers.count, "one message per customer")
        #expect(Set(entries.map(\.key)).count == entries.count, "no key twice")
        #expect(Set(entries.map(\.customerID)) == Set(customers.keys))

        let published = Set(TemporaryFolder.files(in: outbox).filter { $0.contains("/new/") })
        let expectedFiles = Set(entries.map(\.relativePath)).union(entries.compactMap { entry in
            entry.listingFile.map { "\(entry.channel.rawValue)/new/\($0)" }
        }).union(entries.compactMap(\.handoverFile).map { "handover/new/\($0)" })
        #expect(published == expectedFiles, "new/ holds exactly the committed files")
        #expect(entries.filter { $0.channel == .letter }.allSatisfy { $0.listingFile != nil }, "every letter is in a manifest")

        let composer = MessageComposer(context: try RunFixtures.context())
        for entry in entries {
            guard let customer = customers[entry.customerID] else { continue }
            let expected = composer.compose(customer: customer, asOf: RunFixtures.asOf, alreadySent: [:]).message?.bytes
            let actual = try TemporaryFolder.bytes(outbox.appendingPathComponent(entry.relativePath))
            #expect(actual == expected, "\(entry.relativePath) is not the complete message")
        }
        var handoverRows = 0
        for file in published where file.hasPrefix("handover/") {
            let text = try String(contentsOf: outbox.appendingPathComponent(file), encoding: .utf8)
            handoverRows += text.split(whereSeparator: \.isNewline).count - 1
        }
        #expect(handoverRows == entries.filter { $0.stage == "final-notice" }.count)
    }
}
