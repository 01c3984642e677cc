import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox

extension RunSummary {
    /// The summary table `herald run` prints: messages per segment × stage × channel, then
    /// totals, rejects by reason, duration and throughput.
    ///
    /// - Parameter rejectsFile: Where the rejects report is, for the rejects line.
    public func table(rejectsFile: String? = nil) -> String {
        let header = ["segment", "stage", "channel", "messages"]
        var rows = messages.keys.sorted().map { [$0.segment, $0.stage, $0.channel, Self.grouped(messages[$0] ?? 0)] }
        rows.append(["total", "", "", Self.grouped(messageCount)])
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index == cells.count - 1 ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        var text = "\(dryRun ? "Dry run" : "Run") \(runID) as of \(asOf) → \(outbox)\n\n"
        text += line(header) + "\n"
        text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows.dropLast() { text += line(row) + "\n" }
        text += line(rows[rows.count - 1]) + "\n"
        if !coveredAmounts.isEmpty {
            text += "amount in these messages: "
            text += coveredAmounts.keys.sorted().map { "\($0) \(Self.grouped(coveredAmounts[$0] ?? 0))" }.joined(separator: " · ")
            text += "\n"
        }
        text += "\n"
        text +=
            "records \(Self.grouped(records)) · already sent \(Self.grouped(alreadySent)) · nothing due \(Self.grouped(nothingDue))"
        text += " · held \(Self.grouped(held))"
        if !heldReasons.isEmpty {
            text += " (" + heldReasons.keys.sorted().map { "\($0) \(Self.grouped(heldReasons[$0] ?? 0))" }.joined(separator: ", ") + ")"
        }
        text += " · hand-over files \(handoverFiles)\n"
        if rejectCount > 0 {
            let reasons = rejects.keys.sorted().map { "\($0) \(rejects[$0] ?? 0)" }.joined(separator: ", ")
            text += "rejects \(Self.grouped(rejectCount)) (\(reasons))"
            if let rejectsFile { text += " → \(rejectsFile)" }
            text += "\n"
        } else {
            text += "rejects 0\n"
        }
        if let list {
            text += "dunning list → \(list) (\(Counted.phrase(messageCount, "message")), \(Self.grouped(held)) held)\n"
        }
        if !recovered.isClean {
            text +=
                "recovered from an interrupted run: \(recovered.published.count) published, \(recovered.discarded.count) discarded\n"
        }
        text += String(format: "duration %.2f s · %.0f messages/s\n", seconds, messagesPerSecond)
        return text
    }

    /// `1234567.8` as `1,234,567.80`.
    static func grouped(_ amount: Decimal) -> String {
        let text = DecimalText.format(amount, minimumFractionDigits: 2)
        let sign = text.hasPrefix("-") ? "-" : ""
        let unsigned = text.dropFirst(sign.count)
        let whole = unsigned.prefix { $0 != "." }
        return sign + grouped(digits: String(whole)) + unsigned.dropFirst(whole.count)
    }

    /// `12345` as `12,345`.
    static func grouped(_ number: Int) -> String { grouped(digits: String(number)) }

    /// A run of digits with a comma every three digits from the right.
    private static func grouped(digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

extension RunProgress {
    /// One line of progress for a terminal, such as
    /// `[##########----------]  50%  12,345 records  9,876 messages  12 rejects  3,210/s`.
    ///
    /// - Parameter width: The bar's width in characters.
    public func line(width: Int = 30) -> String {
        var text = ""
        if let fraction {
            let filled = Int((fraction * Double(width)).rounded(.down))
            text += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            text += String(format: "%3.0f%%  ", fraction * 100)
        }
        let rate = seconds > 0 ? Double(messages) / seconds : 0
        text += "\(RunSummary.grouped(records)) records  \(RunSummary.grouped(messages)) messages  "
        text += "\(RunSummary.grouped(rejects)) rejects  \(RunSummary.grouped(Int(rate)))/s"
        return text
    }
}
