import Foundation
import HeraldDiagnostics
import HeraldOutbox
import Testing

@Suite struct OutboxLockTests {
    @Test func secondOpenFailsWithTheHoldersPid() throws {
        let fixture = try OutboxFixture()
        let first = try fixture.open()
        let error = try #require(#expect(throws: DiagnosticError.self) { try fixture.open(runID: "run-2") })
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.code == "outbox.locked")
        #expect(diagnostic.message.contains("pid \(ProcessInfo.processInfo.processIdentifier)"))
        #expect(diagnostic.location?.file.hasSuffix("/.lock") == true)
        #expect(diagnostic.help != nil)
        // The failed open changed nothing for the holder.
        #expect(try first.commit([item("k1")]).written.count == 1)
        first.close()
        let third = try fixture.open(runID: "run-3")
        defer { third.close() }
        #expect(third.isAlreadySent("k1"))
    }

    @Test func droppingTheOutboxReleasesTheLock() throws {
        let fixture = try OutboxFixture()
        do {
            let first = try fixture.open()
            _ = first
        }
        let second = try fixture.open()
        second.close()
    }

    @Test func dryRunNeedsNoLock() throws {
        let fixture = try OutboxFixture()
        let real = try fixture.open()
        defer { real.close() }
        let dry = try fixture.open(runID: "dry", options: OutboxOptions(dryRun: true))
        dry.close()
    }
}
