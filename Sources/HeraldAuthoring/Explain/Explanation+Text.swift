import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import HeraldPolicy
import HeraldRun
import HeraldTemplates

extension Explanation {
    /// The explanation for a credit controller: one block per question, in the order a
    /// customer's call needs them.
    public var text: String {
        var lines: [String] = []
        let name = customer.displayName.isEmpty ? "" : " (\(customer.displayName))"
        lines.append("Customer \(customer.id)\(name), locale \(customer.locale), prefers \(customer.preferredChannel.rawValue); as of \(asOf.iso)")
        lines.append("")
        lines.append("Payment history")
        lines += historyRows.map { "  \($0.label.padding(toLength: 30, withPad: " ", startingAt: 0))\($0.value)" }
        lines.append("")
        lines.append("Segment")
        lines.append("  " + outcome.segment.explanation)
        lines += outcome.segment.notes.map { "  note: \($0)" }
        lines.append("")
        lines.append("Decision")
        lines += decisionLines.map { "  " + $0 }
        if !templates.isEmpty {
            lines.append("")
            lines.append("Templates")
            for (part, path) in templates {
                let resolved = path.map { "\($0)  (\(Self.specificity(of: $0)))" } ?? "MISSING: no template for this part"
                lines.append("  \(part.fileName.padding(toLength: 22, withPad: " ", startingAt: 0))\(resolved)")
            }
        }
        lines.append("")
        lines.append("Already sent (ledger)")
        if ledger.isEmpty {
            lines.append("  nothing: the ledger has no message for this customer")
        } else {
            for entry in ledger {
                let counts = alreadySent[entry.stage] != nil ? "" : "  (for invoices since settled: does not count)"
                lines.append(
                    "  \(entry.asOf)  \(entry.stage) by \(entry.channel.rawValue), invoices \(entry.invoices.joined(separator: ", ")), file \(entry.relativePath)\(counts)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Which rule picked a template file: `templates/<stage>/[segments/<segment>/][<locale>/]<file>`.
    static func specificity(of path: String) -> String {
        let parts = path.split(separator: "/").map(String.init)
        switch parts.count {
        case 4: return "the \(parts[2]) version"
        case 5: return "the version for segment '\(parts[3])'"
        case 6: return "the version for segment '\(parts[3])' in \(parts[4])"
        default: return "the generic version"
        }
    }

    /// The history figures as label and value.
    var historyRows: [(label: String, value: String)] {
        let history = outcome.history
        let currency = history.currency.isEmpty ? "" : " \(history.currency)"
        var rows: [(String, String)] = [
            ("late payments (12 months)", "\(history.latePayments12m)"),
            ("average days late", DecimalText.format(history.averageDaysLate, minimumFractionDigits: 1)),
            ("open total", DecimalText.format(history.openTotal, minimumFractionDigits: 2) + currency),
            ("overdue total", DecimalText.format(history.overdueTotal, minimumFractionDigits: 2) + currency),
            ("oldest invoice overdue", Counted.phrase(history.oldestDaysOverdue, "day")),
            ("invoices", "\(history.invoiceCount) (\(history.disputedCount) disputed)"),
        ]
        if history.otherCurrencyCount > 0 {
            rows.append(("other currencies", "\(Counted.phrase(history.otherCurrencyCount, "invoice")) left out of the totals"))
        }
        return rows
    }

    /// The stage, days overdue, channel steps and result, one line each.
    var decisionLines: [String] {
        var lines: [String] = []
        switch outcome.decision {
        case .send(let plan):
            let day = plan.stage.dayOffset >= 0 ? "+\(plan.stage.dayOffset)" : "\(plan.stage.dayOffset)"
            lines.append(
                "stage '\(plan.stage.id)' (\(plan.stageIndex) of \(plan.stageCount), starts at day \(day)): the oldest invoice is \(Counted.phrase(plan.daysOverdue, "day")) overdue")
            if !plan.skippedStages.isEmpty {
                lines.append("skipped stages that were due but never sent: \(plan.skippedStages.joined(separator: ", "))")
            }
            if let heldBack = plan.heldBack { lines.append("held back: \(heldBack)") }
            let invoices = plan.invoices.map { "\($0.number) (due \($0.dueDate.iso), \(DecimalText.format($0.openAmount, minimumFractionDigits: 2)) \($0.currency))" }
            lines.append("covers \(invoices.joined(separator: "; "))")
            if !promisedInvoices.isEmpty {
                let promised = promisedInvoices.map { "\($0.number) by \($0.promisedDate?.iso ?? "")" }
                lines.append("left out, payment promised: \(promised.joined(separator: "; "))")
            }
            var total = "total \(DecimalText.format(plan.coveredTotal, minimumFractionDigits: 2)) \(plan.currency)"
            if plan.fee > 0 { total += " + fee \(DecimalText.format(plan.fee, minimumFractionDigits: 2)) \(plan.currency)" }
            lines.append(total)
            lines.append("channel:")
            lines += plan.channelReasons.map { "  " + $0 }
            if plan.stage.handover { lines.append("this stage hands the claim over to the collection agency") }
        case .nothingDue(let reason), .held(let reason):
            lines.append(outcome.decision.summary)
            if !reason.channelSteps.isEmpty {
                lines.append("channel:")
                lines += ChannelStep.explain(reason.channelSteps).map { "  " + $0 }
            }
        }
        switch outcome.result {
        case .message(let message):
            lines.append("result: \(message.channel.rawValue) message built (\(message.bytes.count) bytes), key \(message.key.value)")
            lines += message.warnings.map { "warning: " + DiagnosticRenderer.headline($0) }
        case .rejected(let rejection):
            lines.append("result: REJECTED, the run writes it to the rejects report:")
            lines += rejection.diagnostics.map { "  " + DiagnosticRenderer.headline($0) }
        case .nothingDue, .held:
            lines.append("result: no message today")
        }
        return lines
    }
}
