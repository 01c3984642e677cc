import Foundation
import HeraldDiagnostics
import HeraldModel
import Yams

/// Builds a ``Policy`` from the composed YAML tree; every check lives here.
struct PolicyBuilder {
    var reader: YAMLNodeReader
    let conditions: any ConditionCompiler

    init(reader: YAMLNodeReader, conditions: any ConditionCompiler) {
        self.reader = reader
        self.conditions = conditions
    }

    mutating func build(_ root: Node) -> Policy? {
        guard let top = reader.mapping(root, path: "herald.yaml", allowed: PolicyLoader.topLevelKeys) else { return nil }
        func member(_ name: String) -> Node? { top.first { $0.key == name }?.value }
        if let version = member("version"), let number = reader.integer(version, path: "version"), number != 1 {
            reader.error("policy.invalid-value", "unsupported policy version \(number)", at: version, help: "this Herald reads version 1")
        }
        var paymentTerm = 14
        if let node = member("payment_term_days"), let days = reader.integer(node, path: "payment_term_days", range: 0...365) {
            paymentTerm = days
        }
        let minimumAmount = member("minimum_amount").flatMap { reader.decimal($0, path: "minimum_amount") } ?? 0
        let historyRules = buildHistoryRules(member("history"))
        let company = buildCompany(member("company"))
        let senderNode = reader.required("sender", in: top, of: root, path: "herald.yaml")
        let sender = senderNode.flatMap { buildSender($0) }
        let segmentsNode = reader.required("segments", in: top, of: root, path: "herald.yaml")
        let segments = segmentsNode.flatMap { buildSegments($0) } ?? []
        let workflowsNode = reader.required("workflows", in: top, of: root, path: "herald.yaml")
        let workflows = workflowsNode.map { buildWorkflows($0, segments: segments) } ?? [:]
        guard let sender else { return nil }
        return Policy(
            sender: sender, company: company, paymentTermDays: paymentTerm, historyRules: historyRules,
            minimumAmount: minimumAmount, segments: segments, workflows: workflows)
    }

    // MARK: History, company, sender

    mutating func buildHistoryRules(_ node: Node?) -> PaymentHistory.Rules {
        var rules = PaymentHistory.Rules()
        guard let members = reader.mapping(node, path: "history", allowed: ["open_late_after_days", "lookback_months"]) else {
            return rules
        }
        for (key, _, value) in members {
            switch key {
            case "open_late_after_days":
                if let days = reader.integer(value, path: "history.open_late_after_days", range: 0...3650) { rules.openLateAfterDays = days }
            default:
                if let months = reader.integer(value, path: "history.lookback_months", range: 1...120) { rules.lookbackMonths = months }
            }
        }
        return rules
    }

    mutating func buildCompany(_ node: Node?) -> CompanyDetails {
        guard let members = reader.mapping(node, path: "company", allowed: CompanyDetails.fieldNames) else {
            return CompanyDetails()
        }
        var values: [String: String] = [:]
        for (key, _, value) in members {
            values[key] = reader.string(value, path: "company.\(key)")
        }
        return CompanyDetails(values)
    }

    mutating func buildSender(_ node: Node) -> SenderIdentity? {
        guard let channels = reader.mapping(node, path: "sender", allowed: ["email", "sms", "letter"]) else { return nil }
        func section(_ name: String, _ keys: [String]) -> (Node, [(key: String, keyNode: Node, value: Node)])? {
            guard let sectionNode = reader.required(name, in: channels, of: node, path: "sender") else { return nil }
            guard let members = reader.mapping(sectionNode, path: "sender.\(name)", allowed: keys) else { return nil }
            return (sectionNode, members)
        }
        func text(_ key: String, _ section: (Node, [(key: String, keyNode: Node, value: Node)])?, path: String, required: Bool = true)
            -> (String, Node?)
        {
            guard let section else { return ("", nil) }
            if let member = section.1.first(where: { $0.key == key }) {
                return (reader.string(member.value, path: "\(path).\(key)") ?? "", member.value)
            }
            if required { _ = reader.required(key, in: section.1, of: section.0, path: path) }
            return ("", nil)
        }
        let email = section(
            "email", ["from_name", "from_names", "from_address", "reply_to", "message_id_domain", "unsubscribe_url"])
        let (fromName, _) = text("from_name", email, path: "sender.email")
        let fromNames = email.flatMap { section in
            section.1.first { $0.key == "from_names" }.map { buildFromNames($0.value) }
        } ?? [:]
        let (fromAddress, fromNode) = text("from_address", email, path: "sender.email")
        let (replyTo, replyNode) = text("reply_to", email, path: "sender.email", required: false)
        let (domain, domainNode) = text("message_id_domain", email, path: "sender.email")
        for (address, addressNode, key) in [(fromAddress, fromNode, "from_address"), (replyTo, replyNode, "reply_to")] {
            if let addressNode, let problem = ContactValidation.emailProblem(address) {
                reader.error("policy.invalid-value", "sender.email.\(key): \(problem)", at: addressNode, help: "use an address such as credit@example.com")
            }
        }
        if let domainNode, domain.split(separator: ".").count < 2 || domain.contains("@") || domain.contains(" ") {
            reader.error("policy.invalid-value", "sender.email.message_id_domain '\(domain)' is not a domain name", at: domainNode,
                         help: "use the domain you send from, such as mail.example.com")
        }
        let (unsubscribeURL, unsubscribeNode) = text("unsubscribe_url", email, path: "sender.email", required: false)
        if let unsubscribeNode, let problem = Self.unsubscribeURLProblem(unsubscribeURL) {
            reader.error("policy.invalid-value", "sender.email.unsubscribe_url \(problem)", at: unsubscribeNode,
                         help: "use an https address such as https://example.com/unsubscribe/{customer_id} (RFC 8058 one-click)")
        }
        let sms = section("sms", ["sender_id", "max_segments"])
        let maximumSegments = sms.flatMap { section in
            section.1.first { $0.key == "max_segments" }.flatMap {
                reader.integer($0.value, path: "sender.sms.max_segments", range: 1...10)
            }
        }
        let (senderID, senderNode) = text("sender_id", sms, path: "sender.sms")
        if let senderNode, !Self.isValidSMSSender(senderID) {
            reader.error("policy.invalid-value", "sender.sms.sender_id '\(senderID)' is not a valid SMS sender", at: senderNode,
                         help: "use up to 11 letters and digits (starting with a letter) or an E.164 number")
        }
        let letter = section("letter", ["return_address"])
        let (returnAddress, _) = text("return_address", letter, path: "sender.letter")
        return SenderIdentity(
            emailFromName: fromName, emailFromNames: fromNames, emailFromAddress: fromAddress, emailReplyTo: replyTo,
            messageIDDomain: domain,
            smsSenderID: senderID, letterReturnAddress: returnAddress, emailUnsubscribeURL: unsubscribeURL,
            smsMaximumSegments: maximumSegments)
    }

    /// `sender.email.from_names`: display names by language (`de`) or locale tag (`de-AT`).
    mutating func buildFromNames(_ node: Node) -> [String: String] {
        guard let entries = reader.mapping(node, path: "sender.email.from_names", allowed: []) else { return [:] }
        var names: [String: String] = [:]
        for (tag, keyNode, value) in entries {
            guard ContactValidation.isLocaleTag(tag) else {
                reader.error(
                    "policy.invalid-value", "sender.email.from_names: '\(tag)' is not a language or locale tag",
                    at: keyNode, help: "use a language such as 'de', or a locale such as 'de-AT' for one country")
                continue
            }
            if let name = reader.string(value, path: "sender.email.from_names.\(tag)") { names[tag] = name }
        }
        return names
    }

    /// What is wrong with an unsubscribe URL, or `nil`: RFC 8058 one-click needs an `https`
    /// URI with a host, and the header has no room for spaces or angle brackets.
    static func unsubscribeURLProblem(_ url: String) -> String? {
        guard url.hasPrefix("https://") else { return "'\(url)' is not an https address" }
        let rest = url.dropFirst("https://".count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.isEmpty || host.hasPrefix(".") || !host.contains(".") { return "'\(url)' has no host name" }
        if url.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" || !$0.isASCII }) {
            return "'\(url)' contains spaces, quotes, angle brackets or non-ASCII characters"
        }
        return nil
    }

    static func isValidSMSSender(_ id: String) -> Bool {
        if ContactValidation.phoneProblem(id) == nil { return true }
        guard (1...11).contains(id.count), let first = id.first, first.isASCII, first.isLetter else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == ".") }
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
