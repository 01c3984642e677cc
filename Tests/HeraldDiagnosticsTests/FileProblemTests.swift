import Foundation
import HeraldDiagnostics
import Testing

/// File errors, as Foundation really throws them on this platform, read as a few plain words.
@Suite struct FileProblemTests {
    private static let scratch = FileManager.default.temporaryDirectory
        .appendingPathComponent("herald-file-problem-\(UUID().uuidString)")

    @Test func missingFileIsNoSuchFile() {
        let missing = Self.scratch.appendingPathComponent("missing.jsonl")
        let error = #expect(throws: (any Error).self) { try Data(contentsOf: missing) }
        #expect(error.map(FileProblem.describe) == "no such file or folder")
    }

    /// How `herald run` and `herald explain` open their input (`FileChunkSource`).
    @Test func openingAMissingFileHandleIsNoSuchFile() {
        let missing = Self.scratch.appendingPathComponent("missing.csv")
        let error = #expect(throws: (any Error).self) { try FileHandle(forReadingFrom: missing) }
        #expect(error.map(FileProblem.describe) == "no such file or folder")
    }

    @Test func readingAFolderSaysItIsAFolder() throws {
        try FileManager.default.createDirectory(at: Self.scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: Self.scratch) }
        let error = #expect(throws: (any Error).self) { try String(contentsOf: Self.scratch, encoding: .utf8) }
        #expect(error.map(FileProblem.describe) == "it is a folder, not a file")
    }

    @Test func writingIntoAMissingFolderIsNoSuchFile() {
        let target = Self.scratch.appendingPathComponent("no-folder/out.eml")
        let error = #expect(throws: (any Error).self) { try Data("x".utf8).write(to: target) }
        #expect(error.map(FileProblem.describe) == "no such file or folder")
    }

    @Test(arguments: [
        (POSIXError(.ENOSPC) as any Error, "the disk is full"),
        (POSIXError(.EACCES), "permission denied"),
        (CocoaError(.fileReadInapplicableStringEncoding), "it is not valid UTF-8 text"),
        (CocoaError(.fileWriteVolumeReadOnly), "the file system is read-only"),
    ])
    func knownCodesHavePlainWords(_ error: any Error, _ expected: String) {
        #expect(FileProblem.describe(error) == expected)
    }

    @Test func otherFoundationErrorsLoseTheDialogPreamble() {
        let text = FileProblem.describe(CocoaError(.fileLocking))
        #expect(!text.contains("The operation could not be completed"))
        #expect(!text.isEmpty)
        #expect(text.first?.isUppercase == false)
    }

    @Test func heraldsOwnErrorsKeepTheirDescription() {
        let error = DiagnosticError(.error("x.code", "something specific"))
        #expect(FileProblem.describe(error) == "error: something specific [x.code]")
    }

    @Test func errnoWithoutPlainWordsIsNil() {
        #expect(FileProblem.describe(errorNumber: ENOENT) == "no such file or folder")
        #expect(FileProblem.describe(errorNumber: EOVERFLOW) == nil)
    }
}
