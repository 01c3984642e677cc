/// Sample documents shared by the HeraldXML tests.
enum Documents {
    static func xhtml(_ flavor: String, body: String, head: String = "<title>Reminder</title>") -> [UInt8] {
        let doctype =
            switch flavor {
            case "strict":
                #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">"#
            case "xhtml11":
                #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">"#
            default:
                #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">"#
            }
        return Array(
            """
            \(doctype)
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
            <head>\(head)</head>
            <body>
            \(body)
            </body>
            </html>

            """.utf8)
    }

    static let validStrict = xhtml("strict", body: "<p>Invoice <strong>INV-1</strong> is due.</p>\n<p><img src=\"logo.png\" alt=\"\" /></p>")
    static let validTransitional = xhtml(
        "transitional",
        body: """
            <table width="100%" cellpadding="0" bgcolor="#ffffff"><tr><td align="center">Total&nbsp;due: &euro;&#160;120.00</td></tr></table>
            <center>Thanks</center>
            """)
    static let unknownElement = xhtml("strict", body: "<p>Pay <blink>now</blink></p>")
    static let missingAlt = xhtml("transitional", body: "<p>\n  <img src=\"logo.png\" width=\"10\" />\n</p>")
    static let undeclaredAttribute = xhtml("transitional", body: "<table role=\"presentation\"><tr><td>x</td></tr></table>")
    static let strictRejectsTransitional = xhtml("strict", body: "<center>Thanks</center>")

    static let noteNamespace = "urn:herald:test:invoice-note"
    static let validNote = Array(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <invoice-note xmlns="urn:herald:test:invoice-note" currency="EUR">
          <number>INV-1</number>
          <amount>120.50</amount>
          <due>2026-12-01</due>
        </invoice-note>

        """.utf8)
    static let invalidNote = Array(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <invoice-note xmlns="urn:herald:test:invoice-note" currency="EUR">
          <number>INV-1</number>
          <amount>lots</amount>
          <due>2026-12-01</due>
        </invoice-note>

        """.utf8)
}
