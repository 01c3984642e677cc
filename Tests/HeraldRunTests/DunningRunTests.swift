import Foundation
import HeraldOutbox
import HeraldRun
import HeraldTesting
import Testing

@Suite struct DunningRunTests {
    @Test func runWritesEveryDueMessageAndRejectsTheRest() throws {
        let folder = try TemporaryFolder(prefix: "herald-run-tests")
        let outbox = folder.child("outbox")
        let summary = try RunFixtures.run(into: outbox)
        #expect(summary.records == 14)
        #expect(summary.messageCount == 6)
        #expect(summary.nothingDue == 2)
        #expect(summary.handoverFiles == 1)
        #expect(summary.exitStatus == 3)
        #expect(
            summary.rejects == [
                "input.malformed-record": 1, "input.invalid-record": 1, "policy.no-channel": 1,
                "liquid.undefined-variable": 1, "sms.too-many-segments": 1, "xml.dtd-invalid": 1,
            ])
        let files = TemporaryFolder.files(in: outbox)
        #expect(files.filter { $0.hasPrefix("email/new/") }.count == 2)
        #expect(files.filter { $0.hasPrefix("sms/new/") }.count == 2)
        #expect(files.filter { $0.hasPrefix("letter/new/") && $0.hasSuffix(".xhtml") }.count == 2)
        // The fixture commits batches of 4 customers, and the two letters fall in different ones.
        #expect(files.filter { $0.hasPrefix("letter/new/") && $0.hasSuffix(".xml") }.count == 2, "a manifest per batch")
        #expect(files.filter { $0.hasPrefix("handover/new/") }.count == 1)
        #expect(!files.contains { $0.contains("/tmp/") })
    }

    @Test func rejectsNameLineCustomerAndReason() throws {
        let folder = try TemporaryFolder(prefix: "herald-run-tests")
        let outbox = folder.child("outbox")
        let summary = try RunFixtures.run(into: outbox)
        let text = try String(contentsOf: outbox.appendingPathComponent("rejects/\(summary.runID).jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        let records = try lines.map { try JSONDecoder().decode(RejectRecord.self, from: Data($0.utf8)) }
        #expect(records.map(\.line) == [8, 9, 10, 11, 12, 13])
        #expect(records.map(\.customerID) == ["C008", "C009", "C010", "C011", "C012", "C013"])
        #expect(records.allSatisfy { !$0.message.isEmpty })
    }

    @Test func rerunTheSameDaySendsNothing() throws {
        let folder = try TemporaryFolder(prefix: "herald-run-tests")
        let outbox = folder.child("outbox")
        let first = try RunFixtures.run(into: outbox)
        let before = TemporaryFolder.files(in: outbox).filter { $0.contains("/new/") }
        let second = try RunFixtures.run(into: outbox)
        #expect(second.messageCount == 0)
        #expect(second.handoverFiles == 0)
        #expect(first.messageCount > 0)
        // Each first-run message is now "already sent", or for an acknowledged dispute "held".
        #expect(second.alreadySent > 0)
        #expect(second.alreadySent + (second.held - first.held) == first.messageCount, "the summary says why nothing went out")
        #expect(TemporaryFolder.files(in: outbox).filter { $0.contains("/new/") } == before)
    }

    @Test func rerunSendsNothingEvenAfterAgentsTookTheFiles() throws {
        let folder = try TemporaryFolder(prefix: "herald-run-tests")
        let outbox = folder.child("outbox")
        _ = try RunFixtures.run(into: outbox)
        for channel in ["email", "sms", "letter", "handover"] {
            let new = outbox.appendingPathComponent("\(channel)/new")
            for name in try FileManager.default.contentsOfDirectory(atPath: new.path) {
                try FileManager.default.removeItem(at: new.appendingPathComponent(name))
            }
        }
        let second = try RunFixtures.run(into: outbox)
        #expect(second.messageCount == 0)
        #expect(TemporaryFolder.files(in: outbox).filter { $0.contains("/new/") }.isEmpty)
    }

    @Test func twoRunsGiveIdenticalOutboxesWhateverTheThreadCount() throws {
        let folder = try TemporaryFolder(prefix: "herald-run-tests")
        let first = folder.child("first")
        let second = folder.child("second")
        _ = try RunFixtures.run(into: first, jobs: 1, batchSize: 14)
        _ = try RunFixtures.run(into: second, jobs: 4, batchSize: 14)
        let files = TemporaryFolder.files(in: first).filter { !$0.hasPrefix("runs/") && $0 != ".lock" }
        #expect(files == TemporaryFolder.files(in: second).filter { !$0.hasPrefix("runs/") && $0 != ".lock" })
        // 2 emails, 2 SMS, 2 letters with one batch manifest, 1 hand-over CSV.
        #expect(files.filter { $0.contains("/new/") }.count == 8)
        for file in files {
            let same = try TemporaryFolder.bytes(first.appendingPathComponent(file))
                == TemporaryFolder.bytes(second.appendingPathComponent(file))
            #expect(same, "\(file) differs")
        }
    }

    @Test func dryRunWritesNothing() throws {
        let folder = try TemporaryFolder(prefix: "herald-run-tests")
        let outbox = folder.child("outbox")
        let summary = try RunFixtures.run(into: outbox, dryRun: true)
        #expect(summary.messageCount == 6)
        #expect(!FileManager.default.fileExists(atPath: outbox.path))
    }

    @Test func csvInputIsJoinedByCustomerID() throws {
        let folder = try TemporaryFolder(prefix: "herald-run-tests")
        let customers = folder.child("customers.csv")
        let invoices = folder.child("invoices.csv")
        try Data(
            """
            customer_id,given_name,family_name,locale,preferred_channel,email,phone,street,postal_code,city,country,vehicle.make
            K1,Anna,Jansen,nl-NL,email,anna@example.com,+31612345678,Hoofdstraat 1,1234 AB,Amsterdam,NL,Volvo
            K0,Dora,Vos,en-GB,email,dora@example.com,,Plein 4,1234 AB,Delft,NL,
            K2,"Bram, Jr.",de Vries,en-GB,sms,,+31612345679,"Kerkstraat 2",1234 AB,Utrecht,NL,Saab
            K3,Carla,Smit,en-GB,email,carla@example.com,,Laan 3,1234 AB,Breda,NL,

            """.utf8
        ).write(to: customers)
        try Data(
            """
            customer_id,invoice_number,issue_date,due_date,amount,open_amount,currency,status,paid_date,description
            K1,I1,2026-10-01,2026-11-20,250.00,250.00,EUR,open,,"Brakes, front"
            K2,I2,2026-10-01,2026-11-04,80.50,80.50,EUR,open,,Oil
            K25,I9,2026-10-01,2026-11-04,10.00,10.00,EUR,open,,Unknown customer
            K3,I3,2026-10-01,2026-12-24,10.00,10.00,EUR,open,,Not yet due

            """.utf8
        ).write(to: invoices)
        let summary = try RunFixtures.run(into: folder.child("outbox"), input: customers)
        #expect(summary.records == 5)  // four customers (K0 without invoices) and the unjoinable invoice row
        #expect(summary.messages.values.reduce(0, +) == 2)
        #expect(summary.nothingDue == 2)
        #expect(summary.rejects == ["input.malformed-record": 1])
    }
}
