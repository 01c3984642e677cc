import Foundation
import HeraldModel
import HeraldTesting
import Testing

@Suite struct JSONLinesReaderTests {
    static func record(_ index: Int) -> String {
        let id = "C" + String(index)
        return #"{"customer_id": "\#(id)", "locale": "de-DE", "preferred_channel": "sms", "phone": "+4915112345678", "invoices": [{"invoice_number": "INV-\#(index)", "due_date": "2026-10-01", "amount": "\#(index).10", "currency": "EUR", "status": "open"}]}"#
    }

    func readAll(_ source: some ByteChunkSource) throws -> (customers: [Customer], rejects: [Reject]) {
        var reader = JSONLinesReader(source: source)
        var customers: [Customer] = []
        var rejects: [Reject] = []
        while let record = try reader.next() {
            switch record {
            case .success(let customer): customers.append(customer)
            case .failure(let reject): rejects.append(reject)
            }
        }
        return (customers, rejects)
    }

    @Test func streamsTwentyThousandLinesFromAFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("herald-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("customers.jsonl")
        var text = ""
        for index in 1...20_000 {
            text += index % 1000 == 0 ? "not json\n" : Self.record(index) + "\n"
        }
        try Data(text.utf8).write(to: url)
        // A small chunk size makes lines straddle chunk boundaries all through the file.
        let result = try readAll(try FileChunkSource(url: url, chunkSize: 4093))
        #expect(result.customers.count == 19_980)
        #expect(result.rejects.count == 20)
        #expect(result.rejects.map(\.line) == Array(stride(from: 1000, through: 20_000, by: 1000)))
        #expect(result.customers.last?.id == "C19999")
        let total = result.customers.reduce(Decimal(0)) { $0 + $1.invoices[0].amount }
        #expect(total == DecimalText.parse("199801998.00"))  // Σ (index + 0.10) over the 19,980 good lines
    }

    @Test func handlesCRLFByteOrderMarkBlankLinesAndAMissingFinalNewline() throws {
        let text = "\u{FEFF}" + Self.record(1) + "\r\n\r\n   \n" + Self.record(2) + "\n" + Self.record(3)
        for chunkSize in [1, 2, 5, 64, 1 << 16] {
            let result = try readAll(MemoryChunkSource(text, chunkSize: chunkSize))
            #expect(result.customers.map(\.id) == ["C1", "C2", "C3"], "chunk size \(chunkSize)")
            #expect(result.rejects.isEmpty)
        }
    }

    @Test func numbersLinesCountingBlankOnes() throws {
        let text = Self.record(1) + "\n\nbroken\n" + Self.record(4) + "\n"
        let result = try readAll(MemoryChunkSource(text))
        #expect(result.rejects.map(\.line) == [3])
    }

    @Test func rejectsOverlongLinesWithoutKeepingThem() throws {
        let long = #"{"customer_id": "C1", "x": ""# + String(repeating: "a", count: 5000) + "\"}"
        var reader = JSONLinesReader(source: MemoryChunkSource(long + "\n" + Self.record(2) + "\n", chunkSize: 100), maximumLineLength: 1000)
        let first = try #require(try reader.next())
        guard case .failure(let reject) = first else {
            Issue.record("expected a reject")
            return
        }
        #expect(reject.line == 1)
        #expect(reject.reason.contains("more than the limit"))
        let second = try #require(try reader.next())
        #expect(try second.get().id == "C2")
        #expect(try reader.next() == nil)
    }

    @Test(.enabled(if: JSONLinesReaderTests.generator != nil, "skipped: ../shared/bench/gen_data.py is not present next to the package"))
    func readsTheBenchmarkGeneratorsBadRecords() throws {
        let generator = try #require(Self.generator)
        let generated = try ProcessRunner.runTool(["python3", generator.path, "100", "--bad-every", "10"])
        try #require(generated.status == 0, "gen_data.py failed: \(generated.stderr)")
        let result = try readAll(MemoryChunkSource(generated.stdout))
        #expect(result.customers.count == 90)
        #expect(result.rejects.count == 10)
        #expect(result.rejects.allSatisfy { !$0.reason.isEmpty })
    }

    /// `shared/bench/gen_data.py` beside the repository, when present.
    static var generator: URL? {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<5 {
            directory.deleteLastPathComponent()
            let candidate = directory.appendingPathComponent("shared/bench/gen_data.py")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
