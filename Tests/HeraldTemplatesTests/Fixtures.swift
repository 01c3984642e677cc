import Foundation
import HeraldLiquid
import HeraldLocale
import HeraldTemplates

/// The fixture project next to this file: locales/ (en, nl) and templates/.
enum Fixtures {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Fixtures/project")

    static func renderer() throws -> MessageRenderer {
        let locales = try LocaleCatalog.load(
            directory: projectRoot.appendingPathComponent("locales"), defaultLocale: "en")
        return try MessageRenderer(projectRoot: projectRoot, locales: locales)
    }

    /// Template data for one customer with two invoices.
    static func data(invoiceCount: Int = 2, name: String = "Mr Jan de Vries & Zn") -> LiquidValue {
        let invoices: [LiquidValue] = [
            ["invoice_number": "INV-1", "due_date": "2026-11-05", "amount": .decimal(dec("1234.56"))],
            ["invoice_number": "INV-2", "due_date": "2026-11-20", "amount": .decimal(dec("100"))],
        ]
        return [
            "customer": ["display_name": .string(name), "given_name": "Jan"],
            "invoices": .array(Array(invoices.prefix(invoiceCount))),
            "totals": ["due": .decimal(dec("1334.56")), "currency": "EUR"],
            "message": ["pay_by": "2026-12-13", "locale": "nl-NL"],
        ]
    }
}

func dec(_ text: String) -> Decimal {
    Decimal(string: text) ?? .nan
}
