import HeraldLiquid
import HeraldModel

/// A customer and their payment history as Liquid values, built once per customer: the
/// segment rules read them, and the run hands the same values to the message templates.
public struct CustomerFacts: Sendable {
    /// The customer as templates see it under `customer`.
    public let customer: LiquidValue
    /// The payment history as templates see it under `history`.
    public let history: LiquidValue
    /// What segment conditions see: `history`, `customer` and `as_of` (the run's day as
    /// `YYYY-MM-DD`, so a rule can compare dates such as `customer.apk_due_date < as_of`
    /// without reading the clock).
    public let conditionData: LiquidValue

    /// Builds the values for `customer` with `history`.
    public init(customer: Customer, history: PaymentHistory) {
        self.customer = customer.liquidValue
        self.history = history.liquidValue
        conditionData = ["history": self.history, "customer": self.customer, "as_of": .string(history.asOf.iso)]
    }
}
