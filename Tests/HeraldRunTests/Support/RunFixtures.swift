import Foundation
import HeraldModel
import HeraldRun
import Logging

/// The fixture project next to this file: a small herald.yaml, locales (en, de), templates
/// with deliberate traps, and customers.jsonl with good and bad records.
enum RunFixtures {
    static let asOf = LocalDate(2026, 11, 29)!

    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/project")

    static let customersFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/customers.jsonl")

    static func context() throws -> RunContext { try RunContext.load(projectRoot: projectRoot) }

    /// Every customer of the fixture file that decodes, by id.
    static func customers() throws -> [String: Customer] {
        var reader = JSONLinesReader(source: try FileChunkSource(url: customersFile))
        var result: [String: Customer] = [:]
        while let record = try reader.next() {
            if case .success(let customer) = record { result[customer.id] = customer }
        }
        return result
    }

    static func customer(_ id: String) throws -> Customer {
        guard let customer = try customers()[id] else { throw FixtureError.missing(id) }
        return customer
    }

    enum FixtureError: Error { case missing(String) }
}

extension RunFixtures {
    /// Runs the fixture input into `outbox`.
    static func run(
        into outbox: URL, input: URL = customersFile, invoices: URL? = nil, dryRun: Bool = false, jobs: Int = 2,
        batchSize: Int = 4
    ) throws -> RunSummary {
        let options = RunOptions(
            input: input, invoices: invoices, outbox: outbox, asOf: asOf, dryRun: dryRun, jobs: jobs, batchSize: batchSize)
        return try DunningRun.execute(context: try context(), options: options, logger: Logger(label: "test.run"))
    }
}
