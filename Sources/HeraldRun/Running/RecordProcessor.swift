import Foundation
import HeraldDiagnostics
import HeraldModel
import HeraldOutbox
import HeraldPolicy

/// What became of one input record, produced by a worker and consumed, in input order, by
/// the committer.
struct RecordResult: Sendable {
    enum Status: Sendable {
        /// A message, with the open amount it covers and its dunning-list entry when the run
        /// keeps a list.
        case message(OutboxItem, RunSummary.Route, covered: CoveredAmount, listed: DunningList.Entry?)
        case nothingDue
        /// The stage due today is already in the ledger: a rerun or an overlapping run.
        case alreadySent
        /// Deliberately not sent, with the decision's reason code (`dispute-held`, `on-hold`, …)
        /// and the dunning-list entry when the run keeps a list.
        case held(String, listed: DunningList.Entry?)
        case rejected(RejectRecord)
    }

    var status: Status
}

/// The open amount a message covers, in its currency.
struct CoveredAmount: Sendable {
    var amount: Decimal
    var currency: String
}

/// The work a worker does for one raw record: decode, look up what was sent, compose.
struct RecordProcessor: Sendable {
    let composer: MessageComposer
    let asOf: LocalDate
    let sent: SentIndex
    /// Whether each message's dunning-list row is built (`herald run --list`).
    var buildsList = false

    func process(_ record: RawRecord) -> RecordResult {
        let decoded: Result<Customer, Reject>
        switch record {
        case .jsonLine(let bytes, let line): decoded = RecordDecoder.decodeJSONLine(bytes, lineNumber: line)
        case .decoded(let result, _): decoded = result
        case .tooLong(let line, let length):
            return RecordResult(
                status: .rejected(
                    RejectRecord(
                        line: line, customerID: nil, code: "input.malformed-record",
                        message: "line is \(length) bytes long, more than the limit: split the record or check the file"
                    )))
        }
        let customer: Customer
        switch decoded {
        case .failure(let reject):
            let code = reject.kind == .malformed ? "input.malformed-record" : "input.invalid-record"
            return RecordResult(
                status: .rejected(
                    RejectRecord(line: reject.line, customerID: reject.customerID, code: code, message: reject.reason)))
        case .success(let value): customer = value
        }
        let outcome = composer.compose(customer: customer, asOf: asOf, alreadySent: sent.stages(for: customer))
        switch outcome.result {
        case .message(let message):
            let route = RunSummary.Route(
                segment: message.plan.segment.id, stage: message.plan.stage.id, channel: message.channel.rawValue)
            return RecordResult(
                status: .message(
                    message.outboxItem, route,
                    covered: CoveredAmount(amount: message.plan.coveredTotal, currency: message.plan.currency),
                    listed: buildsList ? DunningList.entry(for: message, customer: customer) : nil))
        case .nothingDue(let reason):
            return RecordResult(status: reason.code == "already-sent" ? .alreadySent : .nothingDue)
        case .held(let reason):
            return RecordResult(
                status: .held(
                    reason.code,
                    listed: buildsList ? DunningList.entry(forHeld: customer, reason: reason, asOf: asOf) : nil))
        case .rejected(let rejection):
            return RecordResult(
                status: .rejected(
                    RejectRecord(
                        line: line(of: record), customerID: customer.id, stage: rejection.stage, code: rejection.code,
                        message: rejection.reason)))
        }
    }

    private func line(of record: RawRecord) -> Int {
        switch record {
        case .jsonLine(_, let line), .tooLong(let line, _), .decoded(_, let line): line
        }
    }
}
