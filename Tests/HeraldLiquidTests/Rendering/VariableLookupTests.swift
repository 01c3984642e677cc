import Foundation
import HeraldLiquid
import Testing

/// Variable lookup as the renderer's small name maps and hash fast path implement it: many
/// names (past the linear-search size), names of equal length, shadowing, counters and data
/// hashes both small and large.
@Suite struct VariableLookupTests {
    @Test func manyAssignsStayDistinct() throws {
        let names = (0..<40).map { "v\($0)" }
        let assigns = names.enumerated().map { "{% assign \($1) = \($0) %}" }.joined()
        let reads = names.reversed().map { "{{ \($0) }}," }.joined()
        let output = try render(assigns + "{% assign v7 = 'seven' %}" + reads, options: strictOptions)
        let expected = (0..<40).reversed().map { $0 == 7 ? "seven," : "\($0)," }.joined()
        #expect(output == expected)
    }

    @Test func namesOfEqualLengthDoNotCollide() throws {
        let output = try render("{% assign ab = 1 %}{% assign ba = 2 %}{% assign aa = 3 %}{{ ab }}{{ ba }}{{ aa }}")
        #expect(output == "123")
    }

    @Test func keysAreComparedExactlyWhateverTheirLengthAndScript() throws {
        // Short ASCII keys are compared by their in-line bits; long, non-ASCII and equal-length
        // keys must still find exactly their own value, and canonically equivalent spellings of
        // a non-ASCII key stay distinct keys, as before.
        let long = "a_key_longer_than_fifteen_bytes"
        let data: LiquidValue = [
            "customer": 1, "reminder": 2, "invoices": 3, long: 4, long + "_too": 5, "caf\u{E9}": 6,
            "h": ["caf\u{E9}x": 7, "cafe\u{301}": 8, "cafex": 9],
        ]
        let source = "{{ customer }}{{ reminder }}{{ invoices }}{{ \(long) }}{{ \(long)_too }}"
            + "{{ h['caf\u{E9}x'] }}{{ h['cafe\u{301}'] }}{{ h['cafex'] }}|{{ h['caf\u{E9}'] }}|"
        #expect(try render(source, data) == "12345789||")
    }

    @Test func whereFindsPropertiesByStringEquality() throws {
        // `where` reads `item[property]` with Swift's string equality: short ASCII keys are
        // compared by their bits, and a key that is only canonically equal (the Kelvin sign
        // decomposes to "K") is still found, as before.
        let data: LiquidValue = [
            "items": [["kind": "a", "n": 1], ["kind": "b", "n": 2], ["\u{212A}": "x", "n": 3], ["n": 4]],
        ]
        let source = "{% assign a = items | where: 'kind', 'b' %}{{ a.first.n }}|"
            + "{% assign k = items | where: 'K', 'x' %}{{ k.first.n }}|{{ items | where: 'kind' | size }}"
        #expect(try render(source, data) == "2|3|2")
    }

    @Test func loopVariablesShadowAssignsAndGlobals() throws {
        let output = try render(
            "{% assign item = 'outer' %}{% for item in list %}{{ item }}{% assign item = 'set' %}{{ item }};{% endfor %}{{ item }}",
            ["list": [1, 2], "item": "global"])
        // `assign` inside the loop writes the outer scope; the loop variable still wins inside.
        #expect(output == "11;22;set")
    }

    @Test func countersAndCyclesKeepTheirOwnNames() throws {
        let output = try render(
            "{% increment a %}{% increment b %}{% increment a %}{% decrement b %}|{% cycle 'x', 'y' %}{% cycle 'x', 'y' %}{% cycle 'g': 'p', 'q' %}{% cycle 'x', 'y' %}")
        #expect(output == "0010|xypx")
    }

    @Test func smallAndLargeHashesFindEveryKey() throws {
        let small = (0..<5).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let large = (0..<30).map { "\"key_\($0)\": \($0 * 10)" }.joined(separator: ", ")
        let data = try LiquidValue(jsonData: Data("{\"small\": {\(small)}, \"large\": {\(large)}}".utf8))
        let output = try render(
            "{{ small.k0 }}{{ small.k4 }}{{ small.k5 }}|{{ large.key_0 }},{{ large.key_29 }},{{ large.key_30 }}|{{ small.size }}",
            data)
        #expect(output == "04|0,290,|5")
        let error = try renderError("{{ small.k9 }}", data, options: strictOptions)
        #expect(error.code == LiquidErrorCode.undefinedVariable)
    }

    @Test func aNameFoundElsewhereInItsScopeIsStillFound() throws {
        // Each variable remembers where it was last found; the same parsed template must read
        // the right value when the name sits elsewhere in the next render or partial call.
        let environment = LiquidEnvironment(
            options: strictOptions, loader: InMemoryLoader(["p": "{{ a }}{{ b }}|"]))
        let template = try environment.parse(
            "{% if flip %}{% assign a = 1 %}{% assign b = 2 %}{% else %}{% assign b = 3 %}{% assign a = 4 %}{% endif %}"
                + "{{ a }}{{ b }};{% render 'p', a: 5, b: 6 %}{% render 'p', b: 7, a: 8 %}"
                + "{% for a in (9..9) %}{{ a }}{% endfor %}{{ a }}",
            name: "t.liquid", outputContext: .text)
        #expect(try template.render(["flip": true]) == "12;56|87|91")
        #expect(try template.render(["flip": false]) == "43;56|87|94")
        #expect(try template.render(["flip": true]) == "12;56|87|91")
    }
}
