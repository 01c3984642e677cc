import Foundation
import HeraldTesting
import Testing

/// `herald validate` as a user runs it: the compiler-style text, `--format json`, and the
/// exit statuses 0 (all valid), 1 (findings) and 2 (usage errors).
@Suite struct ValidateCommandTests {
    static let documents = "examples/documents"
    static let valid = ["\(documents)/final-notice-letter.xhtml", "\(documents)/reminder-email.xhtml"]
    static let invalid = [
        "\(documents)/letter-unknown-element.xhtml", "\(documents)/not-well-formed.xml",
        "\(documents)/reminder-missing-alt.xhtml", "\(documents)/xxe.xml",
    ]

    /// What the bundled examples must produce, as `file:line:column code`.
    static let expectedFindings: Set<String> = [
        "\(documents)/letter-unknown-element.xhtml:4:1 xml.dtd-invalid",  // <body> content model
        "\(documents)/letter-unknown-element.xhtml:5:3 xml.dtd-invalid",  // <center>
        "\(documents)/letter-unknown-element.xhtml:6:14 xml.dtd-invalid",  // <strnog>
        "\(documents)/not-well-formed.xml:4:22 xml.not-well-formed",  // bare '&'
        "\(documents)/reminder-missing-alt.xhtml:5:10 xml.dtd-invalid",  // role= on <table>
        "\(documents)/reminder-missing-alt.xhtml:8:9 xml.dtd-invalid",  // <img> without alt
        "\(documents)/xxe.xml:3:3 xml.entity-forbidden",
    ]

    /// `path:line:column: error: message [code]`.
    // Safe: a `let` that is never mutated; `Regex` is only not `Sendable` because its
    // output type could hold anything, and here it holds substrings.
    nonisolated(unsafe) static let headline = /^(?<file>[^:\s]+):(?<line>\d+):(?<column>\d+): error: (?<message>.+) \[(?<code>[a-z0-9.-]+)\]$/

    static func findings(inText output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            guard let match = try? headline.wholeMatch(in: String(line)) else { return nil }
            return "\(match.file):\(match.line):\(match.column) \(match.code)"
        }
    }

    @Test func validDocumentsExitZeroWithOnlyTheSummary() throws {
        let result = try HeraldProcess.run(["validate"] + Self.valid)
        #expect(result.status == 0)
        #expect(result.stdout == "0 errors, 0 warnings in 2 files\n")
        #expect(result.stderr == "")
    }

    @Test func everyFindingInTheExamplesIsACompilerStyleLine() throws {
        let result = try HeraldProcess.run(["validate"] + Self.valid + Self.invalid)
        #expect(result.status == 1)
        let findings = Self.findings(inText: result.stdout)
        #expect(Set(findings) == Self.expectedFindings)
        #expect(findings.count == Self.expectedFindings.count, "each problem is reported once")
        #expect(result.lines.last == "7 errors, 0 warnings in 6 files")
        // Every line that names a severity is a headline; nothing else claims to be an error.
        let errorLines = result.lines.filter { $0.contains(": error: ") }
        #expect(errorLines.count == findings.count)
    }

    @Test func findingsSayWhatIsWrongAndWhatToDo() throws {
        let result = try HeraldProcess.run(["validate", "\(Self.documents)/reminder-missing-alt.xhtml"])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "\(Self.documents)/reminder-missing-alt.xhtml:8:9: error: element 'img' is missing required attribute 'alt' [xml.dtd-invalid]"
            ))
        #expect(result.stdout.contains("= help: add an alt attribute"))
        #expect(result.stdout.contains("8 |         <img src="), "the excerpt shows the offending line")
    }

    @Test func aDirectoryIsExpandedToTheDocumentsInside() throws {
        let result = try HeraldProcess.run(["validate", Self.documents])
        #expect(result.status == 1)
        #expect(Set(Self.findings(inText: result.stdout)) == Self.expectedFindings)
        #expect(result.lines.last == "7 errors, 0 warnings in 6 files")
    }

    @Test func jsonFormatGivesTheSameFindingsOneObjectPerLine() throws {
        let result = try HeraldProcess.run(["validate", "--format", "json"] + Self.valid + Self.invalid)
        #expect(result.status == 1)
        var findings: [String] = []
        for line in result.lines {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
            let file = try #require(object["file"] as? String)
            let lineNumber = try #require(object["line"] as? Int)
            let column = try #require(object["column"] as? Int)
            let code = try #require(object["code"] as? String)
            #expect(object["severity"] as? String == "error")
            #expect((object["message"] as? String)?.isEmpty == false)
            #expect((object["help"] as? String)?.isEmpty == false)
            findings.append("\(file):\(lineNumber):\(column) \(code)")
        }
        #expect(findings.count == Self.expectedFindings.count, "no summary or other lines in JSON output")
        #expect(Set(findings) == Self.expectedFindings)
    }

    @Test func jsonFormatPrintsNothingForValidDocuments() throws {
        let result = try HeraldProcess.run(["validate", "--format", "json"] + Self.valid)
        #expect(result.status == 0)
        #expect(result.stdout == "")
    }

    @Test(arguments: [OutputFormatName.text, .json])
    func externalEntitiesNeverLeakFileContent(format: OutputFormatName) throws {
        let result = try HeraldProcess.run(["validate", "--format", format.rawValue, "\(Self.documents)/xxe.xml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("xml.entity-forbidden"))
        let passwd = try String(contentsOfFile: "/etc/passwd", encoding: .utf8)
        let firstEntry = try #require(passwd.split(separator: "\n").first)
        #expect(!result.stdout.contains(firstEntry) && !result.stderr.contains(firstEntry))
        #expect(!result.stdout.contains("root:"))
    }

    @Test func xmlIsCheckedAgainstTheShippedSchemaItsRootElementNames() throws {
        let scratch = try ScratchDirectory()
        let good = try scratch.write("good.manifest.xml", PrintManifestSample.valid)
        let bad = try scratch.write(
            "bad.manifest.xml",
            PrintManifestSample.valid.replacingOccurrences(of: "<postage>standard</postage>", with: "<postage>pigeon</postage>"))
        let passing = try HeraldProcess.run(["validate", good])
        #expect(passing.status == 0, "\(passing.stdout)")
        #expect(passing.stdout == "0 errors, 0 warnings in 1 file\n")

        let failing = try HeraldProcess.run(["validate", bad])
        #expect(failing.status == 1)
        let findings = Self.findings(inText: failing.stdout)
        #expect(findings == ["\(bad):21:3 xml.schema-invalid"])
        #expect(failing.stdout.contains("'pigeon'"))
    }

    @Test func schemasComeFromTheProjectOption() throws {
        let scratch = try ScratchDirectory()
        let bad = try scratch.write(
            "bad.manifest.xml",
            PrintManifestSample.valid.replacingOccurrences(of: "<postage>standard</postage>", with: "<postage>pigeon</postage>"))
        // A project without schemas/ checks .xml for well-formedness only.
        let result = try HeraldProcess.run(["validate", "--project", scratch.url.path, bad])
        #expect(result.status == 0)
        let relative = try HeraldProcess.run(["validate", "--project", ".", bad])
        #expect(relative.status == 1)
    }
}

/// The `--format` values, for parameterised tests.
enum OutputFormatName: String, CaseIterable, Sendable {
    case text, json
}

/// A print manifest that `schemas/print-manifest.xsd` accepts.
enum PrintManifestSample {
    static let valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <print-manifest xmlns="urn:herald:print-manifest:1" version="1" id="L-1001">
          <document>
            <file>L-1001.xhtml</file>
            <media-type>application/xhtml+xml</media-type>
            <sha256>c6fd5e9059417bcab658d74d6d22f9a60bbba82d585c9c47a7ec43ef192f1101</sha256>
            <size>2426</size>
          </document>
          <recipient>
            <line>Frau Anna Müller</line>
            <line>Ringstraße 12</line>
            <line>50668 Köln</line>
            <country>DE</country>
          </recipient>
          <print>
            <paper>A4</paper>
            <layout>DIN-5008-B</layout>
            <duplex>true</duplex>
            <color>false</color>
          </print>
          <postage>standard</postage>
          <audit>
            <idempotency-key>k-letter-1</idempotency-key>
            <customer-id>C-1001</customer-id>
            <segment>high-exposure</segment>
            <stage>final-notice</stage>
            <template>templates/final-notice/letter.xhtml.liquid</template>
          </audit>
        </print-manifest>

        """
}
