// Cases ported from the Golden Liquid suite (jg-rp/golden-liquid, MIT licence; see
// /work/shared/liquid/golden/LICENSE): every filter case whose template is a single
// `{{ value | filter | ... }}` output over literals and data, run directly against
// `StandardFilters.all`.
import HeraldLiquid

extension GoldenFilterCase {
    /// Golden Liquid cases for HTML escaping, URL and Base64 encoding.
    static let encoding: [GoldenFilterCase] = [
        GoldenFilterCase(
            "base64 decode, from string",
            input: .string("XyMvLg=="),
            steps: [FilterStep("base64_decode", [])],
            expected: .output("_#/.")),
        GoldenFilterCase(
            "base64 decode, from string with URL unsafe",
            input: .string("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXogQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVogMTIzNDU2Nzg5MCAhQCMkJV4mKigpLT1fKy8/Ljo7W117fVx8"),
            steps: [FilterStep("base64_decode", [])],
            expected: .output("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 !@#$%^&*()-=_+/?.:;[]{}\\|")),
        GoldenFilterCase(
            "base64 decode, not a string",
            input: .integer(5),
            steps: [FilterStep("base64_decode", [])],
            expected: .failure),
        GoldenFilterCase(
            "base64 decode, undefined left value",
            input: .nil,
            steps: [FilterStep("base64_decode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "base64 decode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("base64_decode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "base64 encode, from string",
            input: .string("_#/."),
            steps: [FilterStep("base64_encode", [])],
            expected: .output("XyMvLg==")),
        GoldenFilterCase(
            "base64 encode, from string with URL unsafe",
            input: .string("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 !@#$%^&*()-=_+/?.:;[]{}\\|"),
            steps: [FilterStep("base64_encode", [])],
            expected: .output("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXogQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVogMTIzNDU2Nzg5MCAhQCMkJV4mKigpLT1fKy8/Ljo7W117fVx8")),
        GoldenFilterCase(
            "base64 encode, not a string",
            input: .integer(5),
            steps: [FilterStep("base64_encode", [])],
            expected: .output("NQ==")),
        GoldenFilterCase(
            "base64 encode, undefined left value",
            input: .nil,
            steps: [FilterStep("base64_encode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "base64 encode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("base64_encode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "base64 url safe decode, from string",
            input: .string("XyMvLg=="),
            steps: [FilterStep("base64_url_safe_decode", [])],
            expected: .output("_#/.")),
        GoldenFilterCase(
            "base64 url safe decode, from string with URL unsafe",
            input: .string("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXogQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVogMTIzNDU2Nzg5MCAhQCMkJV4mKigpLT1fKy8_Ljo7W117fVx8"),
            steps: [FilterStep("base64_url_safe_decode", [])],
            expected: .output("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 !@#$%^&*()-=_+/?.:;[]{}\\|")),
        GoldenFilterCase(
            "base64 url safe decode, not a string",
            input: .integer(5),
            steps: [FilterStep("base64_url_safe_decode", [])],
            expected: .failure),
        GoldenFilterCase(
            "base64 url safe decode, undefined left value",
            input: .nil,
            steps: [FilterStep("base64_url_safe_decode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "base64 url safe decode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("base64_url_safe_decode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "base64 url safe encode, from string",
            input: .string("_#/."),
            steps: [FilterStep("base64_url_safe_encode", [])],
            expected: .output("XyMvLg==")),
        GoldenFilterCase(
            "base64 url safe encode, from string with URL unsafe",
            input: .string("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 !@#$%^&*()-=_+/?.:;[]{}\\|"),
            steps: [FilterStep("base64_url_safe_encode", [])],
            expected: .output("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXogQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVogMTIzNDU2Nzg5MCAhQCMkJV4mKigpLT1fKy8_Ljo7W117fVx8")),
        GoldenFilterCase(
            "base64 url safe encode, not a string",
            input: .integer(5),
            steps: [FilterStep("base64_url_safe_encode", [])],
            expected: .output("NQ==")),
        GoldenFilterCase(
            "base64 url safe encode, undefined left value",
            input: .nil,
            steps: [FilterStep("base64_url_safe_encode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "base64 url safe encode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("base64_url_safe_encode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "escape, make HTML-safe",
            input: .string("<p>test</p>"),
            steps: [FilterStep("escape", [])],
            expected: .output("&lt;p&gt;test&lt;/p&gt;")),
        GoldenFilterCase(
            "escape, not a string",
            input: .integer(5),
            steps: [FilterStep("escape", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "escape, undefined left value",
            input: .nil,
            steps: [FilterStep("escape", [])],
            expected: .output("")),
        GoldenFilterCase(
            "escape, unexpected argument",
            input: .string("HELLO"),
            steps: [FilterStep("escape", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "escape once, make HTML-safe",
            input: .string("&lt;p&gt;test&lt;/p&gt;"),
            steps: [FilterStep("escape_once", [])],
            expected: .output("&lt;p&gt;test&lt;/p&gt;")),
        GoldenFilterCase(
            "escape once, make HTML-safe from mixed safe and markup.",
            input: .string("&lt;p&gt;test&lt;/p&gt;<p>test</p>"),
            steps: [FilterStep("escape_once", [])],
            expected: .output("&lt;p&gt;test&lt;/p&gt;&lt;p&gt;test&lt;/p&gt;")),
        GoldenFilterCase(
            "escape once, not a string",
            input: .integer(5),
            steps: [FilterStep("escape_once", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "escape once, undefined left value",
            input: .nil,
            steps: [FilterStep("escape_once", [])],
            expected: .output("")),
        GoldenFilterCase(
            "escape once, unexpected argument",
            input: .string("HELLO"),
            steps: [FilterStep("escape_once", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "strip html, html block",
            input: .string("<div>test</div>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("test")),
        GoldenFilterCase(
            "strip html, html block with id",
            input: .string("<div id='test'>test</div>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("test")),
        GoldenFilterCase(
            "strip html, html block with newline",
            input: .string("<div\nclass='multiline'>test</div>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("test")),
        GoldenFilterCase(
            "strip html, html comment with newline",
            input: .string("<!-- foo bar \n test -->test"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("test")),
        GoldenFilterCase(
            "strip html, not a string",
            input: .integer(5),
            steps: [FilterStep("strip_html", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "strip html, script block",
            input: .string("<script type='text/javascript'>document.write('some stuff');</script>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("")),
        GoldenFilterCase(
            "strip html, some HTML markup",
            input: .string("Have <em>you</em> read <strong>Ulysses</strong> &amp; &#20;?"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("Have you read Ulysses &amp; &#20;?")),
        GoldenFilterCase(
            "strip html, some HTML markup with HTML comment",
            input: .string("<!-- Have --><em>you</em> read <strong>Ulysses</strong> &amp; &#20;?"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("you read Ulysses &amp; &#20;?")),
        GoldenFilterCase(
            "strip html, style block",
            input: .string("<style type='text/css'>foo bar</style>"),
            steps: [FilterStep("strip_html", [])],
            expected: .output("")),
        GoldenFilterCase(
            "strip html, undefined left value",
            input: .nil,
            steps: [FilterStep("strip_html", [])],
            expected: .output("")),
        GoldenFilterCase(
            "strip html, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("strip_html", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "url decode, not a string",
            input: .integer(5),
            steps: [FilterStep("url_decode", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "url decode, some special URL characters",
            input: .string("email+address+is+bob%40example.com%21"),
            steps: [FilterStep("url_decode", [])],
            expected: .output("email address is bob@example.com!")),
        GoldenFilterCase(
            "url decode, undefined left value",
            input: .nil,
            steps: [FilterStep("url_decode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "url decode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("url_decode", [.integer(5)])],
            expected: .failure),
        GoldenFilterCase(
            "url encode, not a string",
            input: .integer(5),
            steps: [FilterStep("url_encode", [])],
            expected: .output("5")),
        GoldenFilterCase(
            "url encode, some special URL characters",
            input: .string("email address is bob@example.com!"),
            steps: [FilterStep("url_encode", [])],
            expected: .output("email+address+is+bob%40example.com%21")),
        GoldenFilterCase(
            "url encode, undefined left value",
            input: .nil,
            steps: [FilterStep("url_encode", [])],
            expected: .output("")),
        GoldenFilterCase(
            "url encode, unexpected argument",
            input: .string("hello"),
            steps: [FilterStep("url_encode", [.integer(5)])],
            expected: .failure),
    ]
}
