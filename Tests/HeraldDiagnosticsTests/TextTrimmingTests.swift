import HeraldDiagnostics
import Testing

@Suite struct TextTrimmingTests {
    @Test(arguments: [
        ("jan@example.nl", "jan@example.nl"),
        ("  +31612345678\t", "+31612345678"),
        ("\u{00A0}Grüße\u{3000}", "Grüße"),
        ("\r\nline one\nline two\n", "line one\nline two"),
        ("é", "é"),
        ("   ", ""),
        ("", ""),
    ])
    func trimsWhiteSpaceAtBothEndsOnly(input: String, expected: String) {
        #expect(input.trimmingWhitespace == expected)
        #expect(input[...].trimmingWhitespace == expected)
    }
}
