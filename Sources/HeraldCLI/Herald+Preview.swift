import ArgumentParser
import Foundation
import HeraldAuthoring
import HeraldDiagnostics
import HeraldModel
import HeraldPolicy
import HeraldRun
import HeraldXML

extension Herald {
    /// `herald preview --customer ID`: the message the customer would receive, byte for byte.
    struct Preview: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the message a customer would receive now, or at a given stage or channel.",
            discussion: """
                Builds the message with the dunning run's own code, so the preview is byte for byte \
                what herald run sends. Prints the SMS text with its encoding and segments, or the email \
                headers and text part, and writes the exact files (.eml, the HTML part, SMS JSON, \
                letter XHTML and print manifest) to the --output folder. --html FILE writes one page \
                that shows the message in every channel side by side.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var customerOptions: CustomerOptions

        @Option(help: ArgumentHelp("Preview this stage, whatever the dates say.", valueName: "stage"))
        var stage: String?

        @Option(help: ArgumentHelp("Preview this channel (email, sms or letter) instead of the policy's choice.", valueName: "channel"))
        var channel: String?

        @Option(help: ArgumentHelp("Write the side-by-side preview page here.", valueName: "file"))
        var html: String?

        @Option(help: ArgumentHelp("The folder the message files are written to.", valueName: "dir"))
        var output = "out/preview"

        func validate() throws {
            if let channel, ChannelKind(rawValue: channel) == nil {
                throw ValidationError("'\(channel)' is not a channel; use email, sms or letter.")
            }
        }

        func run() async throws {
            let asOf = try Herald.asOfDate(customerOptions.asOf)
            let (composer, customer, ledger) = try customerOptions.load(global: global)
            let preview = HeraldAuthoring.Preview(
                customer: customer, asOf: asOf, composer: composer,
                alreadySent: Explanation.alreadySent(customer: customer, ledger: ledger), stage: stage,
                channel: channel.flatMap(ChannelKind.init(rawValue:)))
            var written: [String: String] = [:]
            var target = output
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                for file in preview.files {
                    target = (output as NSString).appendingPathComponent(file.name)
                    try Data(file.bytes).write(to: URL(fileURLWithPath: target))
                    written[file.name] = target
                }
                if let html {
                    target = html
                    let page = PreviewPage.build(
                        preview, inlineImages: composer.inlineImageDataURLs)
                    try Data(page.utf8).write(to: URL(fileURLWithPath: html))
                }
            } catch {
                global.makePrinter().print([
                    .error(
                        "authoring.preview-unwritable", "cannot write '\(target)': \(FileProblem.describe(error))",
                        help: "pass a folder Herald can write to with --output DIR (and --html FILE)")
                ])
                throw ExitCode(ExitStatus.findings)
            }
            var text: String
            if global.format == .json {
                if let html { written["page"] = html }
                text = preview.json(written: written)
            } else {
                text = preview.text(written: written)
                if let html { text += "\nPreview page (every channel side by side): \(html)" }
            }
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
            if preview.primary.rejection != nil { throw ExitCode(ExitStatus.findings) }
        }
    }
}
