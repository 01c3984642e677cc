import Foundation
import HeraldDiagnostics
import HeraldOutbox
import Testing

@Suite struct OutboxReportsTests {
    @Test func rejectsAreJSONLinesWithEveryField() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(runID: "r1")
        try outbox.writeRejects([RejectRecord(line: 12, customerID: "C1", code: "model.missing-field", message: "no 'email'")])
        try outbox.writeRejects([
            RejectRecord(
                .error("liquid.undefined-variable", "undefined variable 'x'"), line: 13, customerID: "C2", stage: "reminder-2")
        ])
        try outbox.finish(manifest: RunManifest(input: "in.jsonl"))
        outbox.close()
        let lines = try fixture.contents("rejects/r1.jsonl").split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"code":"model.missing-field","customer_id":"C1","line":12,"message":"no 'email'"}"#,
            #"{"code":"liquid.undefined-variable","customer_id":"C2","line":13,"message":"undefined variable 'x'","stage":"reminder-2"}"#,
        ])
    }

    @Test func finishWritesManifestAndAnEmptyRejectsFile() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(runID: "r1", asOf: "2026-11-29")
        try outbox.commit([item("k1"), item("k2", folder: .sms, ext: "json"), item("k3")])
        try outbox.commit([item("k1")])
        let manifest = try outbox.finish(
            manifest: RunManifest(
                input: "customers.jsonl", records: 10,
                counts: .init(bySegment: ["reliable": 3], byStage: ["reminder-1": 3]), durations: ["total": 1.5]))
        outbox.close()
        #expect(try fixture.names("rejects") == ["r1.jsonl"])
        #expect(try fixture.contents("rejects/r1.jsonl") == "")
        #expect(try fixture.names("runs") == ["r1.files", "r1.json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(try fixture.contents("runs/r1.json").utf8)) as? [String: Any])
        #expect(object["run_id"] as? String == "r1")
        #expect(object["as_of"] as? String == "2026-11-29")
        #expect(object["input"] as? String == "customers.jsonl")
        #expect(object["records"] as? Int == 10)
        #expect(object["already_sent"] as? Int == 1)
        #expect(object["rejects"] as? Int == 0)
        #expect(object["dry_run"] as? Bool == false)
        #expect(object["file_count"] as? Int == 3)
        #expect(object["files_list"] as? String == "runs/r1.files")
        let counts = try #require(object["counts"] as? [String: Any])
        #expect(counts["by_channel"] as? [String: Int] == ["email": 2, "sms": 1])
        #expect(counts["by_segment"] as? [String: Int] == ["reliable": 3])
        let listed = try fixture.contents("runs/r1.files").split(separator: "\n").map(String.init)
        #expect(listed.count == manifest.fileCount)
        for file in listed {
            #expect(FileManager.default.fileExists(atPath: fixture.url.appendingPathComponent(file).path))
        }
    }

    @Test func handoverRowsAreCommittedWithTheirMessagesAsOneCSV() throws {
        let fixture = try OutboxFixture()
        let columns = ["customer_id", "amount", "note"]
        let outbox = try fixture.open(runID: "r1")
        let result = try outbox.commit([
            item("k1", customer: "C1", stage: "collection-handover", handover: HandoverRow(columns: columns, values: ["C1", "10.00", "plain"])),
            item("k2", customer: "C2"),
            item("k3", customer: "C3", stage: "collection-handover", handover: HandoverRow(columns: columns, values: ["C3", "1,5", "say \"hi\"\nbye"])),
        ])
        outbox.close()
        let csv = try #require(result.handoverFiles.first)
        #expect(result.handoverFiles.count == 1)
        #expect(try fixture.names("handover/new") == [csv])
        #expect(try fixture.contents("handover/new/\(csv)") == "customer_id,amount,note\r\nC1,10.00,plain\r\nC3,\"1,5\",\"say \"\"hi\"\"\nbye\"\r\n")
        #expect(result.written.map(\.handoverFile) == [csv, nil, csv])
        // A committed handover CSV left in tmp/ by a crash is published on the next open.
        try fixture.move("handover/new/\(csv)", to: "handover/tmp/\(csv)")
        let again = try fixture.open(runID: "r2")
        defer { again.close() }
        #expect(again.recovery.published == ["handover/new/\(csv)"])
        #expect(try again.commit([item("k1", handover: HandoverRow(columns: columns, values: ["C1", "10.00", "plain"]))]).handoverFiles.isEmpty)
    }

    @Test func standaloneHandoverFileIsPublishedAtomically() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(runID: "r1")
        defer { outbox.close() }
        let path = try outbox.writeHandover(columns: ["a", "b"], rows: [["1", "2"]])
        #expect(path.hasPrefix("handover/new/r1."))
        #expect(path.hasSuffix(".csv"))
        #expect(try fixture.contents(path) == "a,b\r\n1,2\r\n")
        #expect(try fixture.names("handover/tmp") == [])
    }
}
