import HeraldLiquid
import Testing

@Suite struct ResourceLimitTests {
    @Test func defaultsAreDocumented() {
        let limits = ResourceLimits()
        #expect(limits.maxLoopIterations == 1_000_000)
        #expect(limits.maxOutputBytes == 16 * 1024 * 1024)
        #expect(limits.maxRenderDepth == 25)
        #expect(limits.maxNestingDepth == 100)
        #expect(limits.maxSourceBytes == 4 * 1024 * 1024)
        #expect(limits.maxAssignBytes == 64 * 1024 * 1024)
        #expect(limits.maxRenderDuration == .seconds(10))
    }

    // A hang guard, not a timing assertion: without the cap this would run for hours.
    @Test(.timeLimit(.minutes(1))) func quadraticAppendLoopIsStoppedQuickly() throws {
        // Growing a string by one byte a million times copies ~5e11 bytes: a hang without a cap.
        let source = "{% assign s = '' %}{% for i in (1..1000000) %}{% assign s = s | append: 'x' %}{% endfor %}"
        let error = try renderError(source, options: LiquidOptions(limits: ResourceLimits(maxAssignBytes: 1 << 22)))
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func arrayDoublingIsStopped() throws {
        let source = "{% assign a = 'x' | split: ',' %}{% for i in (1..60) %}{% assign a = a | concat: a %}{% endfor %}"
        let error = try renderError(source)
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func replaceCannotMultiplyAStringPastTheCap() throws {
        let source = "{% capture s %}{% for i in (1..2000) %}aaaaaaaaaa{% endfor %}{% endcapture %}{{ s | replace: 'a', s | size }}"
        let error = try renderError(source, options: limited(output: 1 << 20))
        #expect(error.code == LiquidErrorCode.filter)
        #expect(error.message.contains("'replace' would build more than"))
    }

    @Test func splitCannotExplodeIntoMillionsOfParts() throws {
        let source = "{% capture s %}{% for i in (1..100000) %},{% endfor %}x{% endcapture %}{{ s | split: ',' | size }}"
        let error = try renderError(source, options: limited(output: 1 << 20))
        #expect(error.message.contains("'split' would make"))
    }

    @Test func renderDeadlineStopsLongRenders() throws {
        let options = LiquidOptions(limits: ResourceLimits(maxLoopIterations: .max, maxRenderDuration: .milliseconds(20)))
        let source = "{% for i in (1..100000000) %}{% endfor %}"
        let error = try renderError(source, options: options)
        #expect(error.code == LiquidErrorCode.limitExceeded)
        #expect(error.message.hasPrefix("rendering took longer than"))
    }

    @Test func hugeRangeLoopHitsTheIterationCap() throws {
        let error = try renderError("{% for i in (1..9999999999999) %}x{% endfor %}", options: limited(loops: 1000))
        #expect(error.code == LiquidErrorCode.limitExceeded)
        #expect(error.message == "loops ran more than 1000 iterations")
    }

    @Test func extremeRangeBoundsDoNotOverflow() throws {
        let source = "{% for i in (-9223372036854775807..9223372036854775807) %}x{% endfor %}"
        let error = try renderError(source, options: limited(loops: 10))
        #expect(error.code == LiquidErrorCode.limitExceeded)
        let filtered = try renderError("{{ (-9223372036854775807..9223372036854775807) | join }}", options: limited(loops: 10))
        #expect(filtered.code == LiquidErrorCode.limitExceeded)
    }

    @Test func nestedLoopsCountEveryIteration() throws {
        let source = "{% for a in (1..100) %}{% for b in (1..100) %}{% endfor %}{% endfor %}"
        let error = try renderError(source, options: limited(loops: 5000))
        #expect(error.code == LiquidErrorCode.limitExceeded)
        #expect(try render(source, options: limited(loops: 10100)) == "")
    }

    // A hang guard, not a timing assertion: without the cap this would run for hours.
    @Test(.timeLimit(.minutes(1))) func rangesExpandedForFiltersCountAsIterations() throws {
        let source = "{% for i in (1..1000) %}{{ (1..999999) | size }}{% endfor %}"
        let error = try renderError(source)
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func tablerowAndRenderForCount() throws {
        let tablerow = try renderError("{% tablerow i in (1..50) %}{% endtablerow %}", options: limited(loops: 10))
        #expect(tablerow.code == LiquidErrorCode.limitExceeded)
        let partial = try renderError(
            "{% render 'p' for (1..50) as i %}", options: limited(loops: 10), templates: ["p": "{{ i }}"])
        #expect(partial.code == LiquidErrorCode.limitExceeded)
    }

    @Test func outputSizeCap() throws {
        let error = try renderError("{% for i in (1..1000) %}0123456789{% endfor %}", options: limited(output: 5000))
        #expect(error.code == LiquidErrorCode.limitExceeded)
        #expect(error.message == "output is larger than 5000 bytes")
    }

    @Test func outputCapIsReportedAtTheOutputAfterText() throws {
        // Text before an output renders in one step with it; the error still points at the output.
        let source = "{% for i in (1..1000) %}\nline {{ i }}{% endfor %}"
        let error = try renderError(source, options: limited(output: 100))
        #expect(error.message == "output is larger than 100 bytes")
        #expect(error.line == 2)
        #expect(error.column == 6)
    }

    @Test func exponentialStringGrowthIsStopped() throws {
        // Each assign doubles the string: 2^40 bytes if nothing stopped it.
        let source = "{% assign s = 'xx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}"
        let error = try renderError(source, options: limited(output: 1 << 20))
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func captureGrowthIsStopped() throws {
        let source = "{% capture s %}xx{% endcapture %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}"
        let error = try renderError(source, options: limited(output: 1 << 20))
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func selfRecursiveRenderHitsTheDepthCap() throws {
        let error = try renderError("{% render 'loop' %}", options: limited(depth: 10), templates: ["loop": "a{% render 'loop' %}"])
        #expect(error.code == LiquidErrorCode.limitExceeded)
        #expect(error.message == "partials nest deeper than 10 levels")
        #expect(error.templateName == "loop")
    }

    @Test func selfRecursiveIncludeHitsTheDepthCap() throws {
        let error = try renderError("{% include 'loop' %}", templates: ["loop": "{% include 'loop' %}"])
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func mutuallyRecursivePartials() throws {
        let error = try renderError(
            "{% render 'a' %}", options: limited(depth: 6), templates: ["a": "{% render 'b' %}", "b": "{% render 'a' %}"])
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func deeplyNestedBlocksAreAParseError() throws {
        let depth = 5000
        let source = String(repeating: "{% if true %}", count: depth) + String(repeating: "{% endif %}", count: depth)
        let error = try renderError(source)
        #expect(error.code == LiquidErrorCode.limitExceeded)
        #expect(error.message == "blocks nest deeper than 100 levels")
    }

    @Test(arguments: [
        "{% for i in (1..1) %}", "{% unless false %}", "{% case 1 %}{% when 1 %}", "{% capture x %}",
        "{% ifchanged %}", "{% tablerow i in (1..1) %}",
    ])
    func everyBlockTagCountsTowardsNesting(_ opening: String) throws {
        let source = String(repeating: opening, count: 200)
        let error = try renderError(source, options: limited(nesting: 50))
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func deeplyNestedLiquidTagIsAnError() throws {
        let nested = "{% liquid\n" + String(repeating: "if true\n", count: 300) + String(repeating: "endif\n", count: 300)
            + "%}"
        let error = try renderError(nested)
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func nestingWithinTheCapRenders() throws {
        let source = String(repeating: "{% if true %}", count: 90) + "ok" + String(repeating: "{% endif %}", count: 90)
        #expect(try render(source) == "ok")
    }

    @Test func longConditionChainsDoNotOverflowTheStack() throws {
        let condition = Array(repeating: "a", count: 20000).joined(separator: " or ")
        #expect(try render("{% if \(condition) %}y{% else %}n{% endif %}", ["a": false]) == "n")
    }

    @Test func oversizedSourceIsRefused() throws {
        let options = LiquidOptions(limits: ResourceLimits(maxSourceBytes: 100))
        let error = try renderError(String(repeating: "x", count: 101), options: options)
        #expect(error.code == LiquidErrorCode.limitExceeded)
    }

    @Test func limitsApplyToEachRenderSeparately() throws {
        let environment = LiquidEnvironment(options: limited(loops: 10))
        let template = try environment.parse("{% for i in (1..8) %}{% endfor %}")
        for _ in 0..<5 { #expect(try template.render([:]) == "") }
    }
}
