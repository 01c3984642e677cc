import Foundation
import HeraldRun
import HeraldTesting
import Logging
import Testing

/// Segment and stage ids are the policy author's: a print manifest must accept any id the
/// policy allows, not only the shipped ones (the schema once listed them, and every letter of
/// a renamed segment was rejected as `xml.schema-invalid`).
@Suite struct PolicyIDsInManifestsTests {
    /// A copy of the fixture project with segment `chronic-late` renamed `fleet-lease` and stage
    /// `final-notice` renamed `last-call` (its template folder too).
    func renamedProject(in folder: TemporaryFolder) throws -> URL {
        let files = FileManager.default
        let root = folder.child("project")
        try files.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["herald.yaml", "locales", "templates"] {
            try files.copyItem(
                at: RunFixtures.projectRoot.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        // The fixture's schemas/ is a symbolic link to the shipped folder: copy what it points to.
        try files.copyItem(
            at: RunFixtures.projectRoot.appendingPathComponent("schemas").resolvingSymlinksInPath(),
            to: root.appendingPathComponent("schemas"))
        let policy = root.appendingPathComponent("herald.yaml")
        let renamed = try String(contentsOf: policy, encoding: .utf8)
            .replacingOccurrences(of: "chronic-late", with: "fleet-lease")
            .replacingOccurrences(of: "final-notice", with: "last-call")
        try renamed.write(to: policy, atomically: true, encoding: .utf8)
        let templates = root.appendingPathComponent("templates")
        try files.moveItem(
            at: templates.appendingPathComponent("final-notice"), to: templates.appendingPathComponent("last-call"))
        try files.moveItem(
            at: templates.appendingPathComponent("reminder-1/segments/chronic-late"),
            to: templates.appendingPathComponent("reminder-1/segments/fleet-lease"))
        return root
    }

    @Test func lettersOfARenamedSegmentAndStageGetValidManifests() throws {
        let folder = try TemporaryFolder(prefix: "herald-policy-ids")
        let project = try renamedProject(in: folder)
        let outbox = folder.child("outbox")
        let options = RunOptions(
            input: RunFixtures.customersFile, outbox: outbox, asOf: RunFixtures.asOf, jobs: 1, batchSize: 100)
        let summary = try DunningRun.execute(
            context: try RunContext.load(projectRoot: project), options: options, logger: Logger(label: "test.run"))

        #expect(summary.rejects["xml.schema-invalid"] == nil, "rejects: \(summary.rejects)")
        #expect(summary.messages.keys.contains { $0.segment == "fleet-lease" && $0.stage == "last-call" && $0.channel == "letter" })
        let manifests = TemporaryFolder.files(in: outbox).filter { $0.hasPrefix("letter/new/") && $0.hasSuffix(".xml") }
        let text = try manifests.map { try String(contentsOf: outbox.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(text.contains("<segment>fleet-lease</segment>"))
        #expect(text.contains("<stage>last-call</stage>"))
    }
}
