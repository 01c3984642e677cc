import HeraldLiquid

extension PaymentHistory {
    /// The figures as templates and segment rules see them under `history`: `late_payments_12m`,
    /// `average_days_late`, `open_total`, `overdue_total`, `oldest_days_overdue`,
    /// `invoice_count`, `disputed_count`, `currency`.
    public var liquidValue: LiquidValue {
        [
            "late_payments_12m": .integer(latePayments12m),
            "average_days_late": .decimal(averageDaysLate),
            "open_total": .decimal(openTotal),
            "overdue_total": .decimal(overdueTotal),
            "oldest_days_overdue": .integer(oldestDaysOverdue),
            "invoice_count": .integer(invoiceCount),
            "disputed_count": .integer(disputedCount),
            "currency": .string(currency),
        ]
    }
}
