import Foundation
import HeraldChannels
import HeraldDiagnostics
import HeraldModel
import HeraldPolicy
import HeraldRun

extension Preview {
    /// The preview as one JSON object, for tools: `customer_id`, `as_of`, `decision`, `result`
    /// (`message`, `rejected`, `nothing-due`, `held`), `stage`, `channel`, `files` (name →
    /// path written), `sms` (encoding, segments, characters) and `diagnostics`.
    ///
    /// - Parameter written: The path each of ``files`` was written to, by file name.
    public func json(written: [String: String]) -> String {
        var object: [String: Any] = [
            "customer_id": customer.id, "as_of": asOf.iso, "decision": primary.decision.summary, "files": written,
        ]
        if let plan {
            object["stage"] = plan.stage.id
            object["channel"] = plan.channel.rawValue
        }
        switch primary.result {
        case .message(let message):
            object["result"] = "message"
            if case .sms(let sms) = message.body {
                object["sms"] = [
                    "encoding": sms.segmentation.encoding.rawValue, "segments": sms.segmentation.segments,
                    "characters": sms.segmentation.characters,
                ]
            }
            object["diagnostics"] = message.warnings.map(DiagnosticRenderer.headline)
        case .rejected(let rejection):
            object["result"] = "rejected"
            object["diagnostics"] = rejection.diagnostics.map(DiagnosticRenderer.headline)
        case .nothingDue: object["result"] = "nothing-due"
        case .held: object["result"] = "held"
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
