import Foundation
import HeraldLiquid
import Testing

/// Templates that try to make the engine trap (integer overflow, huge counts, odd values).
/// Each must render or throw a `LiquidError`; neither a crash nor a hang is acceptable.
@Suite struct HostileTemplateTests {
    static let templates = [
        "{{ 9223372036854775807 | plus: 1 }}", "{{ -9223372036854775807 | minus: 10 }}",
        "{{ 9223372036854775807 | times: 2 }}", "{{ n | abs }}", "{{ n | divided_by: -1 }}", "{{ n | modulo: -1 }}",
        "{{ n | times: -1 }}", "{{ 1e308 | times: 10 | ceil }}", "{{ 1e300 | floor }}", "{{ 1e300 | round }}",
        "{{ 1e308 | times: 10 | round: 2 }}", "{{ 5.5 | round: 9223372036854775807 }}",
        "{{ 5.5 | round: -9223372036854775807 }}", "{{ 'abc' | truncate: -9223372036854775807 }}",
        "{{ 'abc' | truncate: 9223372036854775807 }}", "{{ 'a b c' | truncatewords: -5 }}",
        "{{ 'a b c' | truncatewords: 9223372036854775807 }}", "{{ 'abc' | slice: 9223372036854775807, 9223372036854775807 }}",
        "{{ 'abc' | slice: -9223372036854775807, 5 }}", "{{ 'abc' | slice: 1, -9223372036854775807 }}",
        "{{ a | slice: n, 2 }}", "{{ a[n] }}", "{{ a[-9223372036854775807] }}",
        "{% for i in a limit: 9223372036854775807 offset: 9223372036854775807 %}{{ i }}{% endfor %}",
        "{% for i in a offset: -9223372036854775807 limit: -9223372036854775807 %}{{ i }}{% endfor %}",
        "{% tablerow i in a cols: 0 %}{{ i }}{% endtablerow %}", "{% tablerow i in a cols: -3 %}{{ i }}{% endtablerow %}",
        "{% tablerow i in a limit: 9223372036854775807 offset: 9223372036854775807 %}{% endtablerow %}",
        "{{ 99999999999999999999999 }}", "{{ 99999999999999999999999 | plus: 1 }}", "{{ '1e400' | plus: 1 }}",
        "{{ n | date: '%Y' }}", "{{ 9223372036854775807 | date: '%Y-%m-%d' }}", "{{ 'now' | date: '%' }}",
        "{{ '%zz%' | url_decode }}", "{{ '@@@' | base64_decode }}", "{{ x | split: '' | join: ',' }}",
        "{{ (1..5) | slice: 9223372036854775807 }}", "{{ (n..n) | size }}", "{{ (-9223372036854775807..9223372036854775807).size }}",
        "{{ (-9223372036854775807..9223372036854775807)[-1] }}", "{{ (-9223372036854775807..9223372036854775807).last }}",
        "{{ a | sum }}", "{{ big | sum }}", "{{ big | map: 'x' | compact }}", "{{ a | sort: nil }}",
        "{% cycle %}", "{% cycle '' %}", "{% increment %}", "{{ 1 | at_least: 9223372036854775807 | plus: 1 }}",
        "{{ '' | remove: '' }}", "{{ 'aaa' | replace: '', 'b' }}", "{{ 'x' | prepend: nil | append: nil }}",
        "{% for i in (1..3) %}{% break %}{% continue %}{% endfor %}{% break %}{% continue %}",
        "{{ h | first }}", "{{ h | last }}", "{{ h | size }}", "{{ h | sort }}", "{{ h | reverse }}",
        "{{ 0.0 | divided_by: 0 }}", "{{ 1.0 | modulo: 0 }}", "{{ 1 | modulo: 0.0 }}",
    ]

    @Test func deeplyNestedExpressionsAreRefused() throws {
        let brackets = "{{ " + String(repeating: "a[", count: 50_000) + "0" + String(repeating: "]", count: 50_000) + " }}"
        #expect(throws: LiquidError.self) { try render(brackets, ["a": [1]]) }
        let parens = "{{ " + String(repeating: "(", count: 50_000) + "1..2" + String(repeating: ")", count: 50_000) + " }}"
        #expect(throws: LiquidError.self) { try render(parens) }
    }

    @Test func deeplyNestedDataRendersInsideATask() async throws {
        let json = String(repeating: "[", count: 500) + "1" + String(repeating: "]", count: 500)
        let data: LiquidValue = ["a": try LiquidValue(jsonData: Data(json.utf8)), "h": ["x": 1]]
        let source = "{{ a }}|{{ a | join }}|{{ a | size }}|{% if a == a %}eq{% endif %}|{{ a | uniq | size }}|{{ a | sort | size }}"
        let output = try await Task.detached { try render(source, data) }.value
        #expect(output == "1|1|1|eq|1|1")
    }

    @Test func modestlyNestedExpressionsStillWork() throws {
        #expect(try render("{{ a[a[a[0]]] }}", ["a": [0, 1]]) == "0")
    }

    @Test(arguments: templates)
    func rendersOrFailsCleanly(_ source: String) {
        let data: LiquidValue = [
            "n": .integer(Int.min), "a": [1, 2, 3], "x": .string(String(repeating: "é", count: 1000)),
            "big": [["x": 9223372036854775807], ["x": 9223372036854775807]], "h": ["a": 1, "b": 2],
        ]
        do {
            _ = try render(source, data, options: limited(loops: 100_000, output: 1 << 20))
        } catch is LiquidError {
            // A clean, located error is an acceptable outcome.
        } catch {
            Issue.record("unexpected error type: \(error)")
        }
    }
}
