import Foundation
import HeraldAuthoring
import HeraldModel

/// A small Herald project written to a temporary directory: herald.yaml with the five shipped
/// segments, English and Dutch texts, and valid templates for a reminder and a dispute
/// acknowledgement in every channel. Tests replace single files to break one thing.
struct ProjectFixture {
    let root: URL

    /// Writes the base project with `overrides` (path → text; `nil` deletes the file).
    init(_ overrides: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("herald-authoring-\(UUID().uuidString)")
        var files = Self.baseFiles
        files["schemas/print-manifest.xsd"] = try String(
            contentsOf: Self.repositoryRoot.appendingPathComponent("schemas/print-manifest.xsd"), encoding: .utf8)
        for (path, text) in overrides { files[path] = text }
        for (path, text) in files {
            guard let text else { continue }
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// The package's root directory, for the shipped schemas.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The project, loaded.
    func load() -> AuthoringProject { AuthoringProject.load(root: root) }

    /// Removes the directory.
    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The day fixture customers are looked at.
    static let asOf = LocalDate(2026, 11, 30) ?? .distantPast

    static let baseFiles: [String: String?] = [
        "herald.yaml": policy,
        "locales/en.yml": english,
        "locales/nl.yml": dutch,
        "templates/reminder-1/subject.txt.liquid": subject,
        "templates/reminder-1/email.xhtml.liquid": email,
        "templates/reminder-1/sms.txt.liquid": sms,
        "templates/reminder-1/letter.xhtml.liquid": letter,
        "templates/dispute-ack/subject.txt.liquid": #"{{ "dispute.subject" | t }}"#,
        "templates/dispute-ack/email.xhtml.liquid": email,
        "templates/dispute-ack/sms.txt.liquid": #"{{ "dispute.subject" | t }}"#,
        "templates/dispute-ack/letter.xhtml.liquid": letter,
    ]

    static let policy = """
        version: 1
        payment_term_days: 14
        company:
          name: "Garage Test B.V."
          street: "Weg 1"
          postal_code: "1234 AB"
          city: "Utrecht"
          country: "NL"
        sender:
          email:
            from_name: "Garage Test"
            from_address: "credit@garage.example"
            message_id_domain: "mail.garage.example"
          sms:
            sender_id: "GarageTest"
          letter:
            return_address: "Garage Test · Weg 1 · 1234 AB Utrecht"
        segments:
          - id: disputed
            when: "history.disputed_count > 0"
          - id: high-exposure
            when: "history.overdue_total >= 5000"
          - id: chronic-late
            when: "history.late_payments_12m >= 3"
          - id: occasional
            when: "history.late_payments_12m >= 1"
          - id: reliable
        workflows:
          disputed:
            scope: disputed
            stages:
              - id: dispute-ack
                day: 0
                channel: preferred
                fallback: [email, letter, sms]
          high-exposure:
            stages:
              - id: reminder-1
                day: 1
                channel: email
                fallback: [letter]
          chronic-late:
            stages:
              - id: reminder-1
                day: 1
                channel: preferred
                fallback: [email, sms, letter]
          occasional:
            stages:
              - id: reminder-1
                day: 3
                channel: preferred
                fallback: [email, sms, letter]
          reliable:
            stages:
              - id: reminder-1
                day: 5
                channel: preferred
                fallback: [email, letter]

        """

    static let english = """
        en:
          reminder:
            subject: "Invoice %{number} is overdue"
            body: "Please pay %{amount} by %{date}."
          dispute:
            subject: "We are looking into your question"

        """

    static let dutch = """
        nl:
          reminder:
            subject: "Factuur %{number} staat open"
            body: "Betaal %{amount} voor %{date}."
          dispute:
            subject: "We bekijken uw vraag"

        """

    static let subject = #"{{ "reminder.subject" | t: number: invoices.first.invoice_number }}"#

    static let email = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
        <title>{{ customer.display_name }}</title>
        </head>
        <body>
        <p>Dear {{ customer.display_name }},</p>
        <table>
        {% for invoice in invoices %}<tr><td>{{ invoice.invoice_number }}</td><td>{{ invoice.open_amount | money: totals.currency }}</td></tr>{% endfor %}
        </table>
        <p>{{ "reminder.body" | t: amount: totals.due, date: message.pay_by }}</p>
        </body>
        </html>

        """

    static let sms = #"{{ "reminder.body" | t: amount: totals.due, date: message.pay_by }} {{ company.name }}"#

    static let letter = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>{{ company.name }}</title></head>
        <body>
        <div class="address"><p>{{ customer.display_name }}<br />{{ customer.street }}<br />{{ customer.postal_code }} {{ customer.city }}</p></div>
        <p>{{ "reminder.body" | t: amount: totals.due, date: message.pay_by }}</p>
        </body>
        </html>

        """
}

extension Customer {
    /// A fixture customer in `segment`'s shape: the invoices make the policy's rules put them there.
    static func fixture(id: String, segment: String, locale: String = "nl-NL", channel: ChannelKind = .email) -> Customer {
        func date(_ days: Int) -> LocalDate { ProjectFixture.asOf.adding(days: days) }
        var invoices = [
            Invoice(number: "\(id)-1", issueDate: date(-40), dueDate: date(-10), amount: 120, currency: "EUR", description: "Oil change")
        ]
        switch segment {
        case "disputed":
            invoices.append(Invoice(number: "\(id)-D", dueDate: date(-5), amount: 80, currency: "EUR", status: .disputed))
        case "high-exposure":
            invoices.append(Invoice(number: "\(id)-2", dueDate: date(-3), amount: 6_000, currency: "EUR", description: "Fleet service"))
        case "chronic-late":
            for month in 1...3 {
                invoices.append(
                    Invoice(number: "\(id)-P\(month)", dueDate: date(-30 * month - 20), amount: 50, currency: "EUR", status: .paid, paidDate: date(-30 * month)))
            }
        case "occasional":
            invoices.append(Invoice(number: "\(id)-P1", dueDate: date(-60), amount: 50, currency: "EUR", status: .paid, paidDate: date(-50)))
        default:
            break
        }
        return Customer(
            id: id, givenName: "Jan", familyName: "de Vries", locale: locale, preferredChannel: channel,
            email: "jan@example.com", phone: "+31612345678", street: "Dorpsstraat 1", postalCode: "1234 AB", city: "Utrecht",
            country: "NL", invoices: invoices)
    }
}
