import HeraldModel
import HeraldOutbox
import HeraldPolicy

extension ComposedMessage {
    /// The message as the outbox writes it: its file, idempotency key, ledger metadata, the
    /// hand-over row and, for a letter, the print manifest as a companion file named after
    /// the letter.
    public var outboxItem: OutboxItem {
        let folder: OutboxFolder =
            switch channel {
            case .email: .email
            case .sms: .sms
            case .letter: .letter
            }
        var companion: OutboxCompanion?
        if case .letter(let letter) = body {
            companion = OutboxCompanion(fileExtension: "xml") { letter.manifestBytes(documentFile: $0) }
        }
        return OutboxItem(
            folder: folder, fileExtension: fileExtension, bytes: bytes, key: key.value, customerID: plan.customerID,
            stage: plan.stage.id, invoices: plan.invoiceNumbers,
            handover: handover.map { HandoverRow(columns: HandoverRecord.columns, values: $0.values) },
            companion: companion)
    }
}
