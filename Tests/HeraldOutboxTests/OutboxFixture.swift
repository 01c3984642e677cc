import Foundation
import HeraldDiagnostics
import HeraldOutbox
import Logging

/// A fresh outbox folder under the temporary directory, removed when the fixture goes away.
final class OutboxFixture {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("herald-outbox-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func open(runID: String = "run-1", asOf: String = "2026-11-29", options: OutboxOptions = OutboxOptions()) throws -> Outbox {
        try Outbox.open(at: url, runID: runID, asOf: asOf, options: options, logger: Logger(label: "test.outbox"))
    }

    func names(_ relative: String) throws -> [String] {
        let full = url.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: full) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: full).sorted()
    }

    func contents(_ relative: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    func write(_ text: String, to relative: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(relative))
    }

    func append(_ text: String, to relative: String) throws {
        let handle = try FileHandle(forWritingTo: url.appendingPathComponent(relative))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    func move(_ from: String, to: String) throws {
        try FileManager.default.moveItem(at: url.appendingPathComponent(from), to: url.appendingPathComponent(to))
    }

    func ledgerLines() throws -> [String] {
        try contents("ledger.jsonl").split(separator: "\n").map(String.init)
    }
}

func item(
    _ key: String, customer: String = "C1", folder: OutboxFolder = .email, ext: String = "eml", body: String? = nil,
    stage: String = "reminder-1", handover: HandoverRow? = nil
) -> OutboxItem {
    OutboxItem(
        folder: folder, fileExtension: ext, bytes: Array((body ?? "message for \(key)\n").utf8), key: key,
        customerID: customer, stage: stage, invoices: ["INV-\(key)"], handover: handover)
}

/// The diagnostic codes an error carries, or an empty list for other errors.
func codes(of error: any Error) -> [String] {
    (error as? DiagnosticError)?.diagnostics.map(\.code.rawValue) ?? []
}
