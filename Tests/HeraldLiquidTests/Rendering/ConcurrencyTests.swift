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
