import Foundation
import OrderedCollections

/// A conformance suite in Golden Liquid format (`{"tests": [...]}`), and a runner for it.
///
/// Cases tagged `strict` or `strict2` run in strict mode, all others in lax mode; `invalid`
/// cases must throw while parsing or rendering; `results` accepts any of several outputs;
/// `templates` is the file system `render` and `include` see.
public struct GoldenSuite: Sendable {
    /// One test case.
    public struct Case: Sendable {
        /// The case's name.
        public var name: String
        /// The template source.
        public var template: String
        /// The render data.
        public var data: LiquidValue
        /// Partials by name.
        public var templates: [String: String]
        /// Acceptable outputs; empty when the case must fail.
        public var results: [String]
        /// The case must raise.
        public var isInvalid: Bool
        /// Category tags.
        public var tags: [String]
    }

    /// A case that did not pass.
    public struct Failure: Sendable {
        /// The case's name.
        public var name: String
        /// What happened instead.
        public var reason: String
    }

    /// The outcome of a run.
    public struct Report: Sendable {
        /// Cases that passed.
        public var passed: Int
        /// Cases that failed, in suite order.
        public var failures: [Failure]
    }

    /// The cases, in file order.
    public var cases: [Case]

    /// Reads a suite from JSON.
    /// - Throws: when the file is not a Golden Liquid suite.
    public init(jsonData: Data) throws {
        let root = try LiquidValue(jsonData: jsonData)
        guard case .object(let top) = root, case .array(let tests)? = top["tests"] else {
            throw LiquidJSONError(message: "expected an object with a 'tests' array", offset: 0)
        }
        cases = tests.compactMap { test in
            guard case .object(let fields) = test else { return nil }
            var item = Case(
                name: fields["name"]?.stringValue ?? "", template: fields["template"]?.stringValue ?? "",
                data: fields["data"] ?? .object([:]), templates: [:], results: [], isInvalid: false, tags: [])
            if case .object(let files)? = fields["templates"] {
                for (key, value) in files { item.templates[key] = value.stringValue }
            }
            if case .string(let result)? = fields["result"] { item.results = [result] }
            if case .array(let results)? = fields["results"] { item.results = results.map(\.stringValue) }
            if case .bool(true)? = fields["invalid"] { item.isInvalid = true }
            if case .array(let tags)? = fields["tags"] { item.tags = tags.map(\.stringValue) }
            return item
        }
    }

    /// Runs every case (or those `include` accepts) with the standard filters plus `filters`.
    public func run(
        filters: [String: LiquidFilter] = [:], include: (Case) -> Bool = { _ in true }
    ) -> Report {
        var report = Report(passed: 0, failures: [])
        for item in cases where include(item) {
            if let reason = Self.check(item, filters: filters) {
                report.failures.append(Failure(name: item.name, reason: reason))
            } else {
                report.passed += 1
            }
        }
        return report
    }

    /// Nil when the case passes, otherwise why not.
    static func check(_ item: Case, filters: [String: LiquidFilter]) -> String? {
        let strict = item.tags.contains("strict") || item.tags.contains("strict2")
        let environment = LiquidEnvironment(
            options: LiquidOptions(mode: strict ? .strict : .lax), loader: InMemoryLoader(item.templates),
            filters: filters)
        do {
            let output = try environment.parse(item.template, name: item.name).render(item.data)
            if item.isInvalid { return "expected an error, rendered \(quote(output))" }
            if item.results.contains(output) { return nil }
            return "expected \(item.results.map(quote).joined(separator: " or ")), got \(quote(output))"
        } catch {
            if item.isInvalid { return nil }
            return "unexpected error: \(error)"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
