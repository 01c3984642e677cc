import HeraldLiquid
import OrderedCollections

extension Customer {
    /// The record as templates see it under `customer`: every input field (missing optional
    /// ones as `""`), `display_name`, and every extra field unchanged. Invoices are not
    /// included: templates get the invoices a message covers under `invoices`.
    public var liquidValue: LiquidValue {
        var object: OrderedDictionary<String, LiquidValue> = [
            "customer_id": .string(id), "given_name": .string(givenName), "family_name": .string(familyName),
            "salutation": .string(salutation), "company": .string(company), "locale": .string(locale),
            "preferred_channel": .string(preferredChannel.rawValue), "email": .string(email), "phone": .string(phone),
            "street": .string(street), "postal_code": .string(postalCode), "city": .string(city),
            "country": .string(country), "segment": .string(segment ?? ""), "hold_until": .string(holdUntil?.iso ?? ""),
            "hold_reason": .string(holdReason), "display_name": .string(displayName),
        ]
        for (key, value) in extra where object[key] == nil { object[key] = value }
        return .object(LiquidObject(object))
    }
}

extension Invoice {
    /// The invoice as templates see it in `invoices`: the input fields (dates as ISO text,
    /// amounts as decimals, missing optional ones as `""`), `days_overdue` as of `asOf`, and
    /// every extra field unchanged.
    public func liquidValue(asOf: LocalDate) -> LiquidValue {
        var object: OrderedDictionary<String, LiquidValue> = [
            "invoice_number": .string(number), "issue_date": .string(issueDate?.iso ?? ""),
            "due_date": .string(dueDate.iso), "amount": .decimal(amount), "open_amount": .decimal(openAmount),
            "currency": .string(currency), "status": .string(status.rawValue), "paid_date": .string(paidDate?.iso ?? ""),
            "description": .string(description), "promised_date": .string(promisedDate?.iso ?? ""),
            "days_overdue": .integer(daysOverdue(asOf: asOf)),
        ]
        for (key, value) in extra where object[key] == nil { object[key] = value }
        return .object(LiquidObject(object))
    }
}
