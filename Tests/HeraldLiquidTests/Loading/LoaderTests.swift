import Foundation
import HeraldLiquid
import Synchronization
import Testing

/// A loader that counts how often each template is read.
final class CountingLoader: TemplateLoader {
    let templates: [String: String]
    let reads = Mutex<[String: Int]>([:])

    init(_ templates: [String: String]) { self.templates = templates }

    func source(named name: String) throws -> TemplateSource? {
        reads.withLock { $0[name, default: 0] += 1 }
        return templates[name].map { TemplateSource(text: $0, displayName: "templates/\(name).liquid") }
    }

    func readCount(_ name: String) -> Int { reads.withLock { $0[name] ?? 0 } }
}

/// A loader whose templates can be edited, as files on disk can.
final class EditableLoader: TemplateLoader {
    let templates: Mutex<[String: String]>

    init(_ templates: [String: String]) { self.templates = Mutex(templates) }

    func source(named name: String) throws -> TemplateSource? {
        templates.withLock { $0[name] }.map { TemplateSource(text: $0, displayName: name) }
    }
}

@Suite struct LoaderTests {
    @Test func namedTemplatesAreParsedOnceAndReused() throws {
        let loader = CountingLoader(["greeting": "Hi {{ name }}", "footer": "--"])
        let environment = LiquidEnvironment(loader: loader)
        for name in ["Ada", "Bob", "Cy"] {
            let template = try environment.template(named: "greeting", outputContext: .text)
            #expect(try template.render(["name": .string(name)]) == "Hi \(name)")
        }
        #expect(loader.readCount("greeting") == 1)
    }

    @Test func partialsAreCachedAcrossRenders() throws {
        let loader = CountingLoader(["footer": "--{{ x }}"])
        let environment = LiquidEnvironment(loader: loader)
        let template = try environment.parse("{% render 'footer', x: 1 %}{% render 'footer', x: 2 %}")
        for _ in 0..<3 { #expect(try template.render([:]) == "--1--2") }
        #expect(loader.readCount("footer") == 1)
    }

    @Test func theCacheIsKeyedByOutputContext() throws {
        let loader = CountingLoader(["p": "{{ v }}"])
        let environment = LiquidEnvironment(loader: loader)
        #expect(try environment.template(named: "p", outputContext: .xml).render(["v": "<"]) == "&lt;")
        #expect(try environment.template(named: "p", outputContext: .text).render(["v": "<"]) == "<")
        #expect(loader.readCount("p") == 2)
    }

    @Test func clearCacheRereadsTheLoader() throws {
        let loader = CountingLoader(["p": "x"])
        let environment = LiquidEnvironment(loader: loader)
        _ = try environment.template(named: "p", outputContext: .text)
        environment.clearCache()
        _ = try environment.template(named: "p", outputContext: .text)
        #expect(loader.readCount("p") == 2)
    }

    @Test func clearCacheReachesPartialsOfEarlierRenders() throws {
        let loader = EditableLoader(["footer": "v1"])
        let environment = LiquidEnvironment(loader: loader)
        let template = try environment.parse("{% render 'footer' %}|{% include 'footer' %}")
        #expect(try template.render([:]) == "v1|v1")
        loader.templates.withLock { $0["footer"] = "v2" }
        #expect(try template.render([:]) == "v1|v1", "cached until the cache is cleared")
        environment.clearCache()
        #expect(try template.render([:]) == "v2|v2")
    }

    @Test func errorsNameTheLoadersDisplayName() throws {
        let environment = LiquidEnvironment(loader: CountingLoader(["bad": "{% if %}"]))
        do {
            _ = try environment.template(named: "bad", outputContext: .text)
            Issue.record("expected a syntax error")
        } catch let error as LiquidError {
            #expect(error.templateName == "templates/bad.liquid")
        }
    }

    @Test func missingTemplateIsAnError() throws {
        let environment = LiquidEnvironment(loader: InMemoryLoader([:]))
        #expect(throws: LiquidError.self) { try environment.template(named: "nope", outputContext: .text) }
    }

    @Test func directoryLoaderReadsFilesWithOrWithoutTheExtension() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("liquid-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("_partials"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "Hello {% render '_partials/sig' %}".write(
            to: root.appendingPathComponent("mail.txt.liquid"), atomically: true, encoding: .utf8)
        try "-- {{ 'Herald' }}".write(
            to: root.appendingPathComponent("_partials/sig.liquid"), atomically: true, encoding: .utf8)
        let environment = LiquidEnvironment(loader: DirectoryLoader(root: root))
        #expect(try environment.template(named: "mail.txt", outputContext: .text).render([:]) == "Hello -- Herald")
        #expect(try environment.template(named: "mail.txt.liquid", outputContext: .text).render([:]) == "Hello -- Herald")
    }

    @Test func directoryLoaderRefusesNamesThatLeaveTheRoot() throws {
        let loader = DirectoryLoader(root: URL(fileURLWithPath: "/tmp"))
        #expect(try loader.source(named: "../etc/passwd") == nil)
        #expect(try loader.source(named: "/etc/passwd") == nil)
        #expect(try loader.source(named: "a/./b") == nil)
    }

    @Test func includeCanTakeAVariableNameButRenderCannot() throws {
        let templates = ["p": "P"]
        #expect(try render("{% assign n = 'p' %}{% include n %}", templates: templates) == "P")
        #expect(throws: LiquidError.self) { try render("{% assign n = 'p' %}{% render n %}", templates: templates) }
    }
}
