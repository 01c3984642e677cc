import Foundation
import HeraldTesting
import Testing

/// Runs `herald run` on the bundled examples and checks everything it writes with tools
/// that share no code with Herald (docs/channels.md §6): Python's `email` package and the
/// raw-byte rules for every `.eml`, the `gsm0338` codec for every SMS, `xmllint --valid`
/// for every letter and every email's HTML part, and `xmllint --schema` for every manifest.
@Suite(.serialized) struct OutboxIndependentCheckTests {
    /// The shared run's folder, removed when the test process exits (every test reads it).
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
        "herald-outbox-check-\(UUID().uuidString)")

    /// One run shared by the tests (about a second in debug builds).
    static let run: Result<URL, any Error> = Result {
        atexit { try? FileManager.default.removeItem(at: OutboxIndependentCheckTests.scratch) }
        let outbox = scratch.appendingPathComponent("outbox")
        let result = try HeraldProcess.run(["run", "--as-of", "2026-11-29", "--outbox", outbox.path, "--no-progress"])
        // 3: some example records are broken on purpose and go to the rejects file.
        try #require([0, 3].contains(result.status), "herald run failed (\(result.status)): \(result.stderr)")
        return outbox
    }

    static let channelsScripts = HeraldProcess.packageRoot.appendingPathComponent("Tests/HeraldChannelsTests/Scripts")

    func files(_ channel: String, ending suffix: String) throws -> [String] {
        let folder = try Self.run.get().appendingPathComponent("\(channel)/new")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(suffix) }.sorted()
        try #require(!names.isEmpty, "the run wrote no \(suffix) files to \(channel)/new")
        return names.map { folder.appendingPathComponent($0).path }
    }

    // MARK: Email

    @Test func everyEmailPassesPythonsEmailPackageAndTheRawByteRules() throws {
        let emails = try files("email", ending: ".eml")
        let flagged = try emails.filter { try headerBlock(of: $0).contains("X-Herald-SMTPUTF8: yes") }
        let plain = emails.filter { !flagged.contains($0) }
        for (group, options) in [(plain, [String]()), (flagged, ["--smtputf8"])] where !group.isEmpty {
            let result = try HeraldProcess.runTool(["python3", Self.channelsScripts.appendingPathComponent("check_eml.py").path] + options + group)
            #expect(result.status == 0, "check_eml.py: \(result.combined.split(separator: "\n").filter { !$0.hasSuffix(" OK") })")
        }
    }

    func headerBlock(of path: String) throws -> String {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: bytes, as: UTF8.self)
        return String(text[..<(text.range(of: "\r\n\r\n")?.lowerBound ?? text.endIndex)])
    }

    @Test func everyDunningEmailIsAutoSubmittedAndCarriesTheAuditHeadersOnce() throws {
        let required = [
            "Auto-Submitted: auto-generated", "X-Herald-Idempotency-Key: ", "X-Herald-Customer: ", "X-Herald-Segment: ",
            "X-Herald-Stage: ", "X-Herald-Template: ",
        ]
        for path in try files("email", ending: ".eml") {
            let lines = try headerBlock(of: path).components(separatedBy: "\r\n")
            for header in required {
                #expect(lines.filter { $0.hasPrefix(header) }.count == 1, "\(header) in \(path)")
            }
            #expect(!lines.contains { $0.hasPrefix("List-Unsubscribe") }, "dunning mail is transactional: \(path)")
            // herald.yaml's sender.email.message_id_domain.
            #expect(
                lines.contains { $0.hasPrefix("Message-ID: <") && $0.hasSuffix("@mail.autoservice-herald.example>") },
                "\(path)")
        }
    }

    /// herald.yaml's `sender.email.from_names`, decoded by Python from each email's `From:`.
    @Test func everyEmailComesFromTheCreditTeamInTheCustomersLanguage() throws {
        let script = """
            import sys
            from email import policy
            from email.parser import BytesParser
            for path in sys.argv[1:]:
                msg = BytesParser(policy=policy.SMTPUTF8).parsebytes(open(path, 'rb').read())
                print(msg['Content-Language'].split('-')[0] + '\\t' + msg['From'].addresses[0].display_name)
            """
        let result = try HeraldProcess.runTool(["python3", "-c", script] + files("email", ending: ".eml"))
        try #require(result.status == 0, "\(result.stderr)")
        let expected = [
            "en": "Autoservice Herald – Credit control", "nl": "Autoservice Herald – Debiteurenbeheer",
            "de": "Autoservice Herald – Forderungsmanagement", "fr": "Autoservice Herald – Service recouvrement",
        ]
        let pairs = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(Set(pairs.compactMap(\.first)) == Set(expected.keys))
        let wrong = pairs.filter { $0.count != 2 || expected[$0[0]] != $0[1] }
        #expect(wrong.isEmpty, "language and From: name of \(wrong.count) of \(pairs.count) emails: \(wrong.prefix(3))")
    }

    /// Writes each message's decoded text/html part next to nothing else, for xmllint.
    static let extractHTML = """
        import sys, os
        from email import policy
        from email.parser import BytesParser
        out = sys.argv[1]
        for i, path in enumerate(sys.argv[2:]):
            msg = BytesParser(policy=policy.SMTPUTF8).parsebytes(open(path, 'rb').read())
            html = [p for p in msg.walk() if p.get_content_type() == 'text/html']
            assert len(html) == 1, path
            open(os.path.join(out, '%04d.xhtml' % i), 'w', encoding='utf-8').write(html[0].get_content())
        """

    @Test func everyEmailsHTMLIsValidXHTMLTransitionalWithoutAnXMLDeclaration() throws {
        let emails = try files("email", ending: ".eml")
        let scratch = try ScratchDirectory()
        let extracted = try HeraldProcess.runTool(["python3", "-c", Self.extractHTML, scratch.url.path] + emails)
        try #require(extracted.status == 0, "extracting the HTML parts failed: \(extracted.combined)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
            .map { scratch.url.appendingPathComponent($0).path }
        #expect(pages.count == emails.count)
        for page in pages {
            let text = try String(contentsOfFile: page, encoding: .utf8)
            #expect(text.hasPrefix("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\""), "\(page)")
            #expect(!text.contains("<?xml"), "no XML declaration in email HTML: \(page)")
            // Email-client practice: table layout, inline CSS, a hidden preheader (alt on
            // every image is required by the DTD, which xmllint checks below).
            #expect(text.contains("<table") && text.contains(" style=\""), "table layout with inline CSS: \(page)")
            #expect(text.contains("display:none"), "a hidden preheader: \(page)")
        }
        let result = try HeraldProcess.runTool(["xmllint", "--noout", "--valid", "--nonet"] + pages)
        #expect(result.status == 0, "xmllint: \(result.combined)")
    }

    // MARK: SMS

    struct SMS: Decodable {
        var id: String
        var to: String
        var from: String
        var body: String
        var encoding: String
        var segments: Int
        var characters: Int
        var units: Int
        var idempotency_key: String
        var customer_id: String
        var segment: String
        var stage: String
        var template: String
    }

    struct Count: Decodable, Equatable {
        var encoding: String
        var units: Int
        var segments: Int
    }

    @Test func everySMSHasTheRequiredFieldsAndAgreesWithTheGSM0338Codec() throws {
        let messages = try files("sms", ending: ".json").map { path in
            try JSONDecoder().decode(SMS.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        }
        for sms in messages {
            #expect(try /\+[1-9][0-9]{6,14}/.wholeMatch(in: sms.to) != nil, "E.164 recipient in \(sms.id)")
            let alphanumeric = try /[A-Za-z0-9 ]{1,11}/.wholeMatch(in: sms.from) != nil && sms.from.contains { $0.isLetter }
            let numeric = try /\+?[0-9]{1,15}/.wholeMatch(in: sms.from) != nil
            #expect(alphanumeric || numeric, "sender '\(sms.from)' in \(sms.id)")
            #expect(!sms.idempotency_key.isEmpty && !sms.customer_id.isEmpty && !sms.stage.isEmpty && !sms.template.isEmpty)
            #expect(sms.id == sms.idempotency_key)
            #expect(sms.characters > 0 && sms.characters <= sms.units)
        }
        let input = try JSONEncoder().encode(messages.map(\.body))
        let result = try HeraldProcess.runTool(["python3", Self.channelsScripts.appendingPathComponent("sms_count.py").path], input: input)
        try #require(result.status == 0, "sms_count.py (needs the gsm0338 codec, installed by scripts/setup.sh): \(result.combined)")
        let reference = try JSONDecoder().decode([Count].self, from: Data(result.stdout.utf8))
        try #require(reference.count == messages.count)
        for (sms, expected) in zip(messages, reference) {
            #expect(Count(encoding: sms.encoding, units: sms.units, segments: sms.segments) == expected, "\(sms.id): \(sms.body)")
        }
    }

    // MARK: Letters

    @Test func everyLetterIsValidXHTMLStrictWithFoldMarksAndPageNumbers() throws {
        let letters = try files("letter", ending: ".xhtml")
        for letter in letters {
            let text = try String(contentsOfFile: letter, encoding: .utf8)
            #expect(text.contains("-//W3C//DTD XHTML 1.0 Strict//EN"), "\(letter)")
            #expect(text.contains("class=\"fold-mark fold-1\"") && text.contains("class=\"fold-mark fold-2\""), "\(letter)")
            #expect(text.contains("counter(page)"), "page numbers in \(letter)")
            // DIN 5008 form B parts: the address field with its return line, the information
            // block (date, reference), the subject line and the invoice table.
            for part in ["address", "return-line", "recipient", "info-block", "subject", "invoices"] {
                #expect(text.contains("class=\"\(part)\""), "\(part) in \(letter)")
            }
        }
        let result = try HeraldProcess.runTool(["xmllint", "--noout", "--valid", "--nonet"] + letters)
        #expect(result.status == 0, "xmllint: \(result.combined)")
    }

    @Test func everyManifestValidatesAgainstTheSchemaAndHashesEachLetterOnce() throws {
        let manifests = try files("letter", ending: ".xml")
        let schema = HeraldProcess.packageRoot.appendingPathComponent("schemas/print-manifest.xsd").path
        let result = try HeraldProcess.runTool(["xmllint", "--noout", "--nonet", "--schema", schema] + manifests)
        #expect(result.status == 0, "xmllint: \(result.combined)")
        var listed: [String] = []
        for manifest in manifests {
            let text = try String(contentsOfFile: manifest, encoding: .utf8)
            #expect(text.contains("<print-batch "), "\(manifest) is a batch manifest")
            let entries = text.matches(of: /<file>([^<]+)<\/file>\s*<media-type>[^<]*<\/media-type>\s*<sha256>([0-9a-f]{64})<\/sha256>/)
            #expect(!entries.isEmpty, "\(manifest) lists letters")
            let folder = URL(fileURLWithPath: manifest).deletingLastPathComponent()
            let letters = entries.map { folder.appendingPathComponent(String($0.1)).path }
            let sums = try HeraldProcess.runTool(["sha256sum"] + letters).stdout.split(separator: "\n")
            #expect(sums.count == entries.count)
            for (entry, sum) in zip(entries, sums) {
                #expect(sum.hasPrefix(entry.2 + " "), "sha256 of \(entry.1)")
            }
            listed += entries.map { String($0.1) }
        }
        let letters = try files("letter", ending: ".xhtml").map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(listed.sorted() == letters.sorted(), "every letter is in exactly one manifest")
    }

    @Test func heraldValidateAgreesWithXmllint() throws {
        let documents = try files("letter", ending: ".xhtml") + files("letter", ending: ".xml")
        let result = try HeraldProcess.run(["validate"] + documents)
        #expect(result.status == 0, "\(result.stdout)")
    }
}

/// Marketing mail from a real run: with `sender.email.unsubscribe_url` in `herald.yaml`,
/// each message carries RFC 8058 one-click unsubscribe for its customer, and no
/// `Auto-Submitted`.
@Suite struct MarketingRunTests {
    /// A copy of the shipped project whose courtesy notice is marked as marketing, with its own
    /// unsubscribe URL so the test sees the one it set.
    static func project() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        for folder in ["templates", "locales", "schemas"] {
            try FileManager.default.copyItem(
                at: HeraldProcess.packageRoot.appendingPathComponent(folder), to: scratch.url.appendingPathComponent(folder))
        }
        var policy = try String(
            contentsOf: HeraldProcess.packageRoot.appendingPathComponent("herald.yaml"), encoding: .utf8)
        let shippedURL = "    unsubscribe_url: \"https://www.autoservice-herald.example/unsubscribe/{customer_id}\"\n"
        let stage = "      - id: courtesy\n        day: -3\n"
        try #require(policy.contains(shippedURL) && policy.contains(stage), "the shipped herald.yaml changed shape")
        policy = policy.replacingOccurrences(
            of: shippedURL, with: "    unsubscribe_url: \"https://www.autoservice-herald.example/u/{customer_id}\"\n")
        policy = policy.replacingOccurrences(of: stage, with: stage + "        kind: marketing\n")
        try scratch.write("herald.yaml", policy)
        return scratch
    }

    @Test func marketingMailCarriesOneClickUnsubscribeForItsCustomer() throws {
        let project = try Self.project()
        let outbox = project.url.appendingPathComponent("outbox")
        let input = HeraldProcess.packageRoot.appendingPathComponent("examples/customers.jsonl").path
        let result = try HeraldProcess.run([
            "run", "--project", project.url.path, "--input", input, "--as-of", "2026-11-29", "--outbox", outbox.path,
            "--no-progress",
        ])
        try #require([0, 3].contains(result.status), "herald run failed: \(result.stderr)")
        let folder = outbox.appendingPathComponent("email/new")
        var marketing = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let header = text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
            guard header.contains("X-Herald-Stage: courtesy") else {
                #expect(header.contains("Auto-Submitted: auto-generated"), "dunning mail stays transactional: \(name)")
                continue
            }
            marketing += 1
            let customer = try #require(header.first { $0.hasPrefix("X-Herald-Customer: ") }?.dropFirst("X-Herald-Customer: ".count))
            #expect(header.contains("List-Unsubscribe: <https://www.autoservice-herald.example/u/\(customer)>"), "\(name)")
            #expect(header.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), "\(name)")
            #expect(!header.contains { $0.hasPrefix("Auto-Submitted") }, "\(name)")
        }
        #expect(marketing > 0, "the run wrote no courtesy emails to check")
        let check = try HeraldProcess.runTool(
            ["python3", OutboxIndependentCheckTests.channelsScripts.appendingPathComponent("check_eml.py").path]
                + FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0).path })
        #expect(check.status == 0, "\(check.combined)")
    }
}
