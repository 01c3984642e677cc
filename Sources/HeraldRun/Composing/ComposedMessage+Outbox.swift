import HeraldChannels
import HeraldModel
import HeraldOutbox
import HeraldPolicy

extension ComposedMessage {
    /// The message as the outbox writes it: its file, idempotency key, ledger metadata, the
    /// hand-over row and, for a letter, its entry in the batch's print manifest.
    public var outboxItem: OutboxItem {
        let folder: OutboxFolder =
            switch channel {
            case .email: .email
            case .sms: .sms
            case .letter: .letter
            }
        var listing: OutboxListing?
        if case .letter(let letter) = body {
            listing = OutboxListing(
                fileExtension: "xml", header: PrintManifest.batchHeader, footer: PrintManifest.batchFooter
            ) { letter.manifestEntry(documentFile: $0) }
        }
        return OutboxItem(
            folder: folder, fileExtension: fileExtension, bytes: bytes, key: key.value, customerID: plan.customerID,
            stage: plan.stage.id, invoices: plan.invoiceNumbers,
            handover: handover.map { HandoverRow(columns: HandoverRecord.columns, values: $0.values) },
            listing: listing)
    }
}
