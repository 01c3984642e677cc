import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import HeraldPolicy
import HeraldRun
import HeraldTemplates

extension Explanation {
    /// The explanation as one JSON object (for scripts and support tools): `customer_id`,
    /// `as_of`, `history`, `segment`, `decision`, `channel_steps`, `templates`, `result`,
    /// `diagnostics`, `ledger` and `promised_invoices` (open invoices a promise to pay keeps out
    /// of the message); with a message also `stage`, `days_overdue`, `channel` and, when a later
    /// stage waits for this one, `held_back`.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(self)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private struct Document: Encodable {
        var customer_id: String
        var as_of: String
        var history: [String: String]
        var segment: String
        var segment_reason: String
        var decision: String
        var stage: String?
        var days_overdue: Int?
        var held_back: String?
        var promised_invoices: [String]
        var channel: String?
        var channel_steps: [String]
        var templates: [String: String]
        var result: String
        var diagnostics: [String]
        var ledger: [LedgerEntry]
        var already_sent: [String]

        init(_ explanation: Explanation) {
            let outcome = explanation.outcome
            customer_id = explanation.customer.id
            as_of = explanation.asOf.iso
            history = Dictionary(uniqueKeysWithValues: explanation.historyRows.map { ($0.label, $0.value) })
            segment = outcome.segment.id
            segment_reason = outcome.segment.explanation
            decision = outcome.decision.summary
            promised_invoices = explanation.promisedInvoices.map(\.number)
            switch outcome.decision {
            case .send(let plan):
                stage = plan.stage.id
                days_overdue = plan.daysOverdue
                held_back = plan.heldBack
                channel = plan.channel.rawValue
                channel_steps = plan.channelReasons
            case .nothingDue(let reason), .held(let reason):
                channel_steps = ChannelStep.explain(reason.channelSteps)
            }
            templates = Dictionary(uniqueKeysWithValues: explanation.templates.map { ($0.part.fileName, $0.path ?? "") })
            switch outcome.result {
            case .message: result = "message"
            case .rejected: result = "rejected"
            case .nothingDue: result = "nothing-due"
            case .held: result = "held"
            }
            diagnostics = (outcome.rejection?.diagnostics ?? outcome.message?.warnings ?? []).map(DiagnosticRenderer.headline)
            ledger = explanation.ledger
            already_sent = explanation.alreadySent.keys.sorted()
        }
    }
}
