import Foundation
import HeraldLiquid
import HeraldLocale
import HeraldModel
import HeraldPolicy

/// The data a message's templates see, as documented in `docs/templates.md`: `customer`,
/// `invoices`, `history`, `totals`, `stage`, `segment`, `company` and `message`.
public struct TemplateData: Sendable, Hashable {
    /// The whole data as one Liquid object.
    public var value: LiquidValue
    /// The message's locale tag (`nl-NL`): picks locale template overrides and drives the
    /// `t`, `money` and `local_date` filters.
    public var locale: String

    /// Builds the data for a planned message.
    ///
    /// - Parameters:
    ///   - customer: The customer.
    ///   - history: Their payment history.
    ///   - plan: The policy's plan.
    ///   - asOf: The run's date.
    ///   - policy: The policy (company details and the payment term).
    ///   - logoSource: `message.logo_src`, such as the embedded logo's `cid:` URL;
    ///     `company.logo_url` when `nil`.
    ///   - facts: The customer's Liquid values, when the segment rules built them already.
    public init(
        customer: Customer, history: PaymentHistory, plan: StagePlan, asOf: LocalDate, policy: Policy,
        logoSource: String? = nil, facts: CustomerFacts? = nil
    ) {
        let tag = LocaleTag(customer.locale)
        locale = tag?.rawValue ?? customer.locale
        let due = plan.coveredTotal + plan.fee
        let stage: LiquidValue = [
            "id": .string(plan.stage.id), "index": .integer(plan.stageIndex), "count": .integer(plan.stageCount),
            "day_offset": .integer(plan.stage.dayOffset), "fee": .decimal(plan.fee),
            "channel": .string(plan.channel.rawValue), "is_final": .bool(plan.isFinal),
        ]
        let totals: LiquidValue = [
            "overdue": .decimal(plan.coveredTotal), "fee": .decimal(plan.fee), "due": .decimal(due),
            "currency": .string(plan.currency),
        ]
        let message: LiquidValue = [
            "id": .string(plan.idempotencyKey.value), "as_of": .string(asOf.iso),
            "pay_by": .string(policy.payBy(asOf: asOf).iso), "locale": .string(locale),
            "language": .string(tag?.language ?? locale),
            "logo_src": .string(logoSource ?? policy.company["logo_url"]),
        ]
        value = [
            "customer": facts?.customer ?? customer.liquidValue,
            "invoices": .array(plan.invoices.map { $0.liquidValue(asOf: asOf) }),
            "history": facts?.history ?? history.liquidValue,
            "totals": totals,
            "stage": stage,
            "segment": ["id": .string(plan.segment.id)],
            "company": policy.company.liquidValue,
            "message": message,
        ]
    }
}
