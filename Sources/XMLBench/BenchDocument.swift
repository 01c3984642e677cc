/// The XHTML 1.0 Transitional emails the benchmark validates: a dunning reminder in email
/// practice (table layout, inline CSS, a hidden preheader, `alt` on the logo, `&nbsp;`),
/// with invoice rows added until the document reaches the requested size.
enum BenchDocument {
    /// A valid email of at least `targetBytes` bytes (rows are added whole, so a little more).
    static func email(targetBytes: Int) -> [UInt8] {
        var rows = ""
        var number = 0
        while head.utf8.count + rows.utf8.count + tail.utf8.count < targetBytes {
            number += 1
            rows += row(number)
        }
        return Array((head + rows + tail).utf8)
    }

    private static func row(_ number: Int) -> String {
        let invoice = "INV-2026-\(String(1000 + number))"
        return """
                        <tr>
                          <td style="padding:4px 8px;border-bottom:1px solid #eeeeee">\(invoice)</td>
                          <td style="padding:4px 8px;border-bottom:1px solid #eeeeee">\(number % 28 + 1)&nbsp;Oct&nbsp;2026</td>
                          <td align="right" style="padding:4px 8px;border-bottom:1px solid #eeeeee">&euro;&#160;\(number * 37),50</td>
                        </tr>

            """
    }

    private static let head = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
        <head>
          <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1.0" />
          <title>Payment reminder</title>
        </head>
        <body style="margin:0;padding:0;background-color:#f4f4f4">
          <div style="display:none;max-height:0;overflow:hidden">Invoices overdue: please pay within 7 days.&#847;&nbsp;</div>
          <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4">
            <tr>
              <td align="center">
                <table width="600" cellpadding="24" cellspacing="0" border="0" bgcolor="#ffffff">
                  <tr>
                    <td style="font-family:Arial,sans-serif;font-size:16px;line-height:24px;color:#222222">
                      <img src="cid:logo@herald.example" width="120" height="40" alt="Autohaus Example" style="display:block;border:0" />
                      <p>Dear Ms&nbsp;Jansen,</p>
                      <p>Our records show that the invoices below are still open. Please pay within 7 days,
                         or reply to this message if you have already paid.</p>
                      <table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px">
                        <tr>
                          <th align="left" style="padding:4px 8px">Invoice</th>
                          <th align="left" style="padding:4px 8px">Due</th>
                          <th align="right" style="padding:4px 8px">Amount</th>
                        </tr>

        """

    private static let tail = """
                      </table>
                      <p>Kind regards,<br />Credit team, Autohaus Example</p>
                      <p style="font-size:12px;color:#666666">Autohaus Example GmbH &middot; Hauptstra&szlig;e 1 &middot; 10115 Berlin</p>
                    </td>
                  </tr>
                </table>
              </td>
            </tr>
          </table>
        </body>
        </html>

        """
}
