/// Where an invoice stands.
public enum InvoiceStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not (fully) paid; dunned once overdue.
    case open
    /// The customer contests it: acknowledged, never dunned.
    case disputed
    /// Settled; counts only towards the payment history.
    case paid
}
