import HeraldLiquid
import Testing

@Suite struct ConcurrencyTests {
    @Test func oneParsedTemplateRendersFromManyTasks() async throws {
        let environment = LiquidEnvironment(
            options: strictOptions,
            loader: InMemoryLoader(["row": "{{ n }}:{% cycle 'a', 'b' %}{% increment c %};"]))
        let template = try environment.parse(
            "{{ name }}|{% for n in (1..50) %}{% render 'row', n: n %}{% endfor %}|{% increment k %}{% increment k %}",
            outputContext: .xml)
        let expected = { (name: String) in
            "\(name)|" + (1...50).map { "\($0):a0;" }.joined() + "|01"
        }
        try await withThrowingTaskGroup(of: (String, String).self) { group in
            for index in 0..<200 {
                group.addTask {
                    let name = "customer-\(index)"
                    return (name, try template.render(["name": .string(name)]))
                }
            }
            for try await (name, output) in group {
                #expect(output == expected(name))
            }
        }
    }

    @Test func environmentLoadsTemplatesConcurrently() async throws {
        let environment = LiquidEnvironment(loader: InMemoryLoader(["t0": "0", "t1": "1", "t2": "2"]))
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<90 {
                group.addTask {
                    let name = "t\(index % 3)"
                    return try environment.template(named: name, outputContext: .text).render([:]) == "\(index % 3)"
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}

@Suite struct TaskStackTests {
    // Swift tasks run on small stacks. Templates at the nesting and partial-depth limits must
    // render inside a task, and partials that each nest deeply must fail cleanly together.
    func partialChain(_ count: Int, nestedIfs: Int) -> [String: String] {
        var partials: [String: String] = [:]
        for level in 0..<count {
            let open = String(repeating: "{% if true %}", count: nestedIfs)
            let close = String(repeating: "{% endif %}", count: nestedIfs)
            partials["p\(level)"] = level + 1 < count ? open + "{% render 'p\(level + 1)' %}" + close : "end"
        }
        return partials
    }

    @Test func deepestAllowedTemplatesRenderInsideATask() async throws {
        let limits = ResourceLimits()
        let nested =
            String(repeating: "{% for i in (1..1) %}{% if true %}", count: limits.maxNestingDepth / 2) + "x"
            + String(repeating: "{% endif %}{% endfor %}", count: limits.maxNestingDepth / 2)
        let environment = LiquidEnvironment(loader: InMemoryLoader(partialChain(limits.maxRenderDepth, nestedIfs: 1)))
        let output = try await Task.detached {
            try environment.parse(nested).render([:]) + environment.parse("{% render 'p0' %}").render([:])
        }.value
        #expect(output == "xend")
    }

    @Test func deeplyNestedPartialsFailInsteadOfOverflowingTheStack() async throws {
        let limits = ResourceLimits()
        let partials = partialChain(limits.maxRenderDepth, nestedIfs: limits.maxNestingDepth - 1)
        let environment = LiquidEnvironment(loader: InMemoryLoader(partials))
        let error = await Task.detached { () -> LiquidError? in
            do {
                _ = try environment.parse("{% render 'p0' %}").render([:])
                return nil
            } catch let error as LiquidError {
                return error
            } catch {
                return nil
            }
        }.value
        #expect(error?.code == LiquidErrorCode.limitExceeded)
        #expect(error?.message.hasPrefix("blocks and partials nest deeper than") == true)
    }
}
