import ArgumentParser
import Foundation
import HeraldAuthoring
import HeraldDiagnostics
import HeraldModel
import HeraldRun

extension Herald {
    /// `herald lint`: every template and locale file checked, every message the policy can
    /// produce rendered for sample customers, every problem at its template line.
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every template and locale file, and render every message the policy can produce.",
            discussion: """
                Parses templates/, locales/ and herald.yaml, then renders every stage × channel × segment × \
                locale combination for sample customers and checks the result: Liquid errors, unknown \
                variables and filters, translation keys a locale lacks, XHTML that fails its DTD, SMS over \
                the segment budget, templates no stage uses and stages without a template. Problems are \
                printed as path:line:column: error|warning: message. Exit status 1 when there are errors.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Sample customers to render for (JSON Lines).", valueName: "file"))
        var sample: String?

        @Option(help: ArgumentHelp("The day samples are put in segments on (YYYY-MM-DD); today by default.", valueName: "date"))
        var asOf: String?

        func validate() throws { try Herald.checkAsOf(asOf) }

        func run() async throws {
            let asOfDate = try Herald.asOfDate(asOf)
            let project = AuthoringProject.load(root: URL(fileURLWithPath: global.projectDirectory))
            let printer = global.makePrinter()
            let samples: [Customer]
            do {
                samples = try Herald.loadSamples(sample, global: global)
            } catch {
                printer.print(error.diagnostics)
                throw ExitCode(ExitStatus.findings)
            }
            let linter = Linter(project: project, samples: samples, asOf: asOfDate)
            let report = await linter.run()
            printer.print(report.diagnostics) { project.source(of: $0) }
            if global.format == .text { FileHandle.standardOutput.write(Data((report.summary + "\n").utf8)) }
            if report.hasErrors { throw ExitCode(ExitStatus.findings) }
        }
    }

    /// The sample customers: `--sample FILE`, else `examples/customers.jsonl` when it exists,
    /// else the built-in sample.
    static func loadSamples(_ path: String?, global: GlobalOptions) throws(DiagnosticError) -> [Customer] {
        if let path {
            return try SampleCustomers.load(from: URL(fileURLWithPath: path), displayPath: path)
        }
        let defaultPath = global.path(SampleCustomers.defaultPath)
        guard FileManager.default.fileExists(atPath: defaultPath) else { return [SampleCustomers.builtIn] }
        return try SampleCustomers.load(from: URL(fileURLWithPath: defaultPath), displayPath: SampleCustomers.defaultPath)
    }
}
