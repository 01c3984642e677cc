import Foundation
import HeraldTesting
import Testing

/// File problems are reported as diagnostics that name the file and say why in plain words,
/// never with Foundation's "The operation could not be completed" dialog text.
@Suite struct FileErrorMessageTests {
    @Test func previewThatCannotWriteNamesTheFileAndTheReason() throws {
        let scratch = try ScratchDirectory()
        let blocker = try scratch.write("not-a-folder", "")
        let result = try HeraldProcess.run([
            "preview", "--customer", "C000001", "--as-of", "2026-11-29", "--output", blocker + "/preview",
        ])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "error: cannot write '\(blocker)/preview': a part of the path is a file, not a folder [authoring.preview-unwritable]"),
            "\(result.combined)")
        #expect(!result.combined.contains("could not be completed"))
    }

    @Test func explainWithAMissingInputSaysNoSuchFile() throws {
        let result = try HeraldProcess.run(["explain", "--customer", "C000001", "--input", "missing.jsonl"])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("error: cannot read 'missing.jsonl': no such file or folder [authoring.input-unreadable]"),
            "\(result.combined)")
    }

    @Test func runWithAMissingInputSaysNoSuchFile() throws {
        let outbox = FileManager.default.temporaryDirectory.appendingPathComponent("herald-missing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outbox) }
        let result = try HeraldProcess.run(["run", "--input", "missing.jsonl", "--outbox", outbox.path, "--no-progress"])
        #expect(result.status == 1)
        #expect(result.combined.contains("missing.jsonl': no such file or folder [run.unreadable-input]"), "\(result.combined)")
        #expect(!result.combined.contains("could not be completed"))
    }

    @Test func lintOfAFolderWithoutAProjectSaysWhatIsMissing() throws {
        let scratch = try ScratchDirectory()
        let result = try HeraldProcess.run(["lint", "--project", scratch.url.path])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "error: cannot read herald.yaml in '\(scratch.url.path)': no such file or folder [policy.unreadable]"),
            "\(result.combined)")
        #expect(
            result.stdout.contains(
                "error: cannot read the locale directory 'locales': no such file or folder [locale.unreadable-directory]"),
            "\(result.combined)")
    }
}
