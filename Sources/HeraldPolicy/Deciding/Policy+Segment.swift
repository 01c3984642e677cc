import HeraldLiquid
import HeraldModel

extension Policy {
    /// The data segment conditions see: ``CustomerFacts/conditionData``.
    public static func conditionData(customer: Customer, history: PaymentHistory) -> LiquidValue {
        CustomerFacts(customer: customer, history: history).conditionData
    }

    /// Chooses the customer's segment: a known `segment` in the data wins; otherwise the rules
    /// are tried in order and the first that holds wins; a rule that cannot be evaluated
    /// counts as not matching (and is noted); when nothing matches, the last segment is used.
    ///
    /// - Parameter facts: The customer's Liquid values when the caller has built them already.
    public func segment(for customer: Customer, history: PaymentHistory, facts: CustomerFacts? = nil) -> SegmentMatch {
        var notes: [String] = []
        if let given = customer.segment {
            if workflows[given] != nil { return SegmentMatch(id: given, source: .data) }
            notes.append("segment '\(given)' from the data is not in herald.yaml; used the rules instead")
        }
        let data = (facts ?? CustomerFacts(customer: customer, history: history)).conditionData
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
