import HeraldLiquid
import HeraldModel

extension Policy {
    /// The data segment conditions see: `history`, `customer`, and `as_of` (the run's day as
    /// `YYYY-MM-DD`, so a rule can compare dates such as `customer.apk_due_date < as_of`
    /// without reading the clock).
    public static func conditionData(customer: Customer, history: PaymentHistory) -> LiquidValue {
        ["history": history.liquidValue, "customer": customer.liquidValue, "as_of": .string(history.asOf.iso)]
    }

    /// Chooses the customer's segment: a known `segment` in the data wins; otherwise the rules
    /// are tried in order and the first that holds wins; a rule that cannot be evaluated
    /// counts as not matching (and is noted); when nothing matches, the last segment is used.
    public func segment(for customer: Customer, history: PaymentHistory) -> SegmentMatch {
        var notes: [String] = []
        if let given = customer.segment {
            if workflows[given] != nil { return SegmentMatch(id: given, source: .data) }
            notes.append("segment '\(given)' from the data is not in herald.yaml; used the rules instead")
        }
        let data = Self.conditionData(customer: customer, history: history)
        for (index, rule) in segments.enumerated() {
            guard let condition = rule.condition else {
                return SegmentMatch(id: rule.id, source: .catchAll, notes: notes)
            }
            do {
                if try condition.evaluate(data) {
                    return SegmentMatch(id: rule.id, source: .rule(index: index), condition: rule.conditionSource, notes: notes)
                }
            } catch {
                notes.append("rule \(index + 1) ('\(rule.id)') could not be evaluated: \(error)")
            }
        }
        let last = segments.last?.id ?? ""
        return SegmentMatch(id: last, source: .catchAll, notes: notes)
    }
}
