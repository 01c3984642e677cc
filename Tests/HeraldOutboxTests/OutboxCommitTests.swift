import Foundation
import HeraldOutbox
import Testing

@Suite struct OutboxCommitTests {
    @Test func openCreatesMaildirLayoutForEveryFolder() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        defer { outbox.close() }
        for folder in ["email", "sms", "letter", "handover"] {
            for sub in ["tmp", "new", "cur"] {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(
                    atPath: fixture.url.appendingPathComponent("\(folder)/\(sub)").path, isDirectory: &isDirectory)
                #expect(exists && isDirectory.boolValue, "\(folder)/\(sub)")
            }
        }
        #expect(try fixture.names("runs") == [])
        #expect(try fixture.names("rejects") == [])
    }

    @Test func commitPublishesFilesIntoNewAndLeavesTmpEmpty() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(runID: "20261129T0500Z")
        defer { outbox.close() }
        let result = try outbox.commit([
            item("k1", body: "one"), item("k2", folder: .sms, ext: "JSON", body: "two"), item("k3", folder: .letter, ext: "xhtml"),
        ])
        #expect(result.written.count == 3)
        #expect(result.skippedKeys.isEmpty)
        let email = try fixture.names("email/new")
        #expect(email.count == 1)
        #expect(try fixture.contents("email/new/\(try #require(email.first))") == "one")
        let sms = try #require(try fixture.names("sms/new").first)
        #expect(sms.hasPrefix("20261129T0500Z.000002."))
        #expect(sms.hasSuffix(".json"))
        #expect(try fixture.contents("sms/new/\(sms)") == "two")
        #expect(try fixture.names("letter/new").count == 1)
        for folder in ["email", "sms", "letter", "handover"] { #expect(try fixture.names("\(folder)/tmp") == []) }
        #expect(result.written.map(\.relativePath) == ["email/new/\(email[0])", "sms/new/\(sms)", "letter/new/\(try fixture.names("letter/new")[0])"])
    }

    @Test func fileNameIsRunSequenceKeyHashAndExtension() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(runID: "r7")
        defer { outbox.close() }
        let first = try outbox.commit([item("customer=C1;stage=reminder-1;invoices=I1")]).written[0].file
        let parts = first.split(separator: ".")
        #expect(parts.count == 4)
        #expect(parts[0] == "r7")
        #expect(parts[1] == "000001")
        #expect(parts[2].count == 16)
        #expect(parts[2].allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(parts[3] == "eml")
    }

    @Test(arguments: ["../../etc", "a/b:c", ".hidden", "-rf", "", "ü ñ\n\t", String(repeating: "x", count: 300)])
    func hostileRunIDsGiveSafeUniqueNames(runID: String) throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(runID: runID)
        defer { outbox.close() }
        let keys = ["../../etc/passwd", "a/b:c", ".x", "k\u{0}z", "same"]
        let result = try outbox.commit(keys.map { item($0, customer: "../\($0)") })
        let names = try fixture.names("email/new")
        #expect(names.count == keys.count)
        #expect(Set(result.written.map(\.file)) == Set(names))
        for name in names {
            #expect(!name.hasPrefix("."))
            #expect(!name.hasPrefix("-"))
            #expect(!name.contains("/") && !name.contains(":"))
            #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
            #expect(name.utf8.count < 120)
        }
        #expect(try fixture.names("").filter { !["email", "sms", "letter", "handover", "runs", "rejects", "ledger.jsonl", ".lock"].contains($0) } == [])
    }

    @Test func differentRawRunIDsThatSanitizeAlikeStayDistinct() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open(runID: "a/b")
        let a = try first.commit([item("k1")]).written[0].file
        first.close()
        let second = try fixture.open(runID: "a:b")
        defer { second.close() }
        #expect(second.runID != first.runID)
        #expect(!a.hasPrefix(second.runID + "."))
    }

    @Test func invalidExtensionIsADiagnosticAndWritesNothing() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        defer { outbox.close() }
        let error = #expect(throws: (any Error).self) { try outbox.commit([item("k1"), item("k2", ext: "../eml")]) }
        #expect(codes(of: try #require(error)) == ["outbox.invalid-extension"])
        #expect(try fixture.names("email/new") == [])
        #expect(try fixture.names("email/tmp") == [])
        #expect(!outbox.isAlreadySent("k1"))
    }

    @Test func emptyKeyIsRejected() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        defer { outbox.close() }
        let error = #expect(throws: (any Error).self) { try outbox.commit([item("")]) }
        #expect(codes(of: try #require(error)) == ["outbox.empty-key"])
    }

    @Test func useAfterCloseFails() throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open()
        outbox.close()
        let error = #expect(throws: (any Error).self) { try outbox.commit([item("k1")]) }
        #expect(codes(of: try #require(error)) == ["outbox.closed"])
    }

    @Test(arguments: SyncStrategy.allCases)
    func everySyncStrategyPublishesTheBatch(strategy: SyncStrategy) throws {
        let fixture = try OutboxFixture()
        let outbox = try fixture.open(options: OutboxOptions(sync: strategy))
        defer { outbox.close() }
        try outbox.commit((1...20).map { item("k\($0)") })
        #expect(try fixture.names("email/new").count == 20)
        #expect(try fixture.ledgerLines().count == 20)
    }
}
