import HeraldModel

extension Policy {
    /// Chooses the channel for `stage`: the preferred (or forced) channel when its contact data
    /// is valid (and the stage allows it), else the stage's fallback channels in order. Every channel considered is
    /// recorded with the reason it was passed over.
    ///
    /// - Returns: The channel (`nil` when none is usable) and the steps taken.
    public static func chooseChannel(for stage: Stage, customer: Customer) -> (channel: ChannelKind?, steps: [ChannelStep]) {
        var candidates: [(ChannelKind, ChannelStep.Role)] = []
        switch stage.channel {
        case .preferred: candidates.append((customer.preferredChannel, .preferred))
        case .forced(let channel): candidates.append((channel, .forced))
        }
        for channel in stage.fallback where !candidates.contains(where: { $0.0 == channel }) {
            candidates.append((channel, .fallback))
        }
        var steps: [ChannelStep] = []
        for (channel, role) in candidates {
            var problem = contactProblem(channel, customer: customer)
            if let allowed = stage.allowed, !allowed.contains(channel) {
                problem = "not used for stage '\(stage.id)' (allowed: \(allowed.map(\.rawValue).joined(separator: ", ")))"
            }
            steps.append(ChannelStep(channel: channel, role: role, problem: problem))
            if problem == nil { return (channel, steps) }
        }
        return (nil, steps)
    }

    /// Why `customer` cannot be reached by `channel`, or `nil` when the contact data is usable.
    public static func contactProblem(_ channel: ChannelKind, customer: Customer) -> String? {
        switch channel {
        case .email: ContactValidation.emailProblem(customer.email)
        case .sms: ContactValidation.phoneProblem(customer.phone)
        case .letter:
            ContactValidation.postalAddressProblem(
                street: customer.street, postalCode: customer.postalCode, city: customer.city, country: customer.country)
        }
    }
}
