import Foundation
import HeraldLiquid
import HeraldModel
import HeraldPolicy
import OrderedCollections

/// A minimal condition language for tests: `path OP number` clauses joined by `and` / `or`
/// (`and` binds tighter), so the policy can be tested without the Liquid engine.
struct TestConditionCompiler: ConditionCompiler {
    struct Clause: Sendable {
        var path: [String]
        var op: String
        var number: Decimal
    }

    struct Compiled: SegmentCondition {
        var disjunction: [[Clause]]

        func evaluate(_ data: LiquidValue) throws -> Bool {
            disjunction.contains { conjunction in conjunction.allSatisfy { holds($0, data) } }
        }

        func holds(_ clause: Clause, _ data: LiquidValue) -> Bool {
            var value = data
            for key in clause.path {
                guard case .object(let fields) = value, let next = fields[key] else { return false }
                value = next
            }
            let number: Decimal
            switch value {
            case .integer(let integer): number = Decimal(integer)
            case .decimal(let decimal): number = decimal
            default: return false
            }
            switch clause.op {
            case ">": return number > clause.number
            case ">=": return number >= clause.number
            case "<": return number < clause.number
            case "<=": return number <= clause.number
            case "==": return number == clause.number
            default: return number != clause.number
            }
        }
    }

    func compile(_ source: String, name: String) throws(ConditionSyntaxError) -> any SegmentCondition {
        var disjunction: [[Clause]] = []
        for alternative in source.components(separatedBy: " or ") {
            var conjunction: [Clause] = []
            for part in alternative.components(separatedBy: " and ") {
                let words = part.split(separator: " ")
                guard words.count == 3, ["<", "<=", ">", ">=", "==", "!="].contains(words[1]),
                    let number = DecimalText.parse(words[2])
                else {
                    let offset = source.range(of: part).map { source.distance(from: source.startIndex, to: $0.lowerBound) } ?? 0
                    throw ConditionSyntaxError(message: "cannot read '\(part)'", column: offset + 1, length: part.count)
                }
                conjunction.append(Clause(path: words[0].split(separator: ".").map(String.init), op: String(words[1]), number: number))
            }
            disjunction.append(conjunction)
        }
        return Compiled(disjunction: disjunction)
    }
}

enum Fixtures {
    static let asOf = LocalDate(2026, 11, 29)!

    /// The repository's shipped `herald.yaml`.
    static var shippedPolicyURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("herald.yaml")
    }

    static func shippedPolicy() throws -> Policy {
        try Policy.load(from: shippedPolicyURL, conditions: TestConditionCompiler())
    }

    static func invoice(
        _ number: String, daysOverdue: Int, amount: String = "100.00", status: InvoiceStatus = .open,
        paidDaysLate: Int? = nil, currency: String = "EUR"
    ) -> Invoice {
        let due = asOf.adding(days: -daysOverdue)
        return Invoice(
            number: number, dueDate: due, amount: DecimalText.parse(amount)!, currency: currency, status: status,
            paidDate: paidDaysLate.map { due.adding(days: $0) })
    }

    static func customer(
        _ id: String = "C1", channel: ChannelKind = .email, email: String = "anna@example.com",
        phone: String = "+31612345678", street: String = "Hoofdstraat 1", segment: String? = nil, invoices: [Invoice]
    ) -> Customer {
        Customer(
            id: id, givenName: "Anna", familyName: "de Vries", locale: "nl-NL", preferredChannel: channel, email: email,
            phone: phone, street: street, postalCode: "3511 AB", city: "Utrecht", country: "NL", segment: segment,
            invoices: invoices)
    }
}

extension Decision {
    var plan: StagePlan? {
        if case .send(let plan) = self { return plan }
        return nil
    }

    var reason: DecisionReason? {
        switch self {
        case .send: nil
        case .nothingDue(let reason), .held(let reason): reason
        }
    }

    var isHeld: Bool {
        if case .held = self { return true }
        return false
    }
}
