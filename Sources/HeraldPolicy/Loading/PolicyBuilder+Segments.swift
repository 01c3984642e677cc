import HeraldDiagnostics
import HeraldModel
import Yams

extension PolicyBuilder {
    mutating func buildSegments(_ node: Node) -> [SegmentRule]? {
        guard let items = reader.sequence(node, path: "segments") else { return nil }
        if items.isEmpty {
            reader.error("policy.invalid-value", "'segments' is empty", at: node, help: "list at least one segment")
        }
        var rules: [SegmentRule] = []
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            let path = "segments[\(index)]"
            guard let members = reader.mapping(item, path: path, allowed: ["id", "when"]) else { continue }
            guard let idNode = reader.required("id", in: members, of: item, path: path),
                let id = reader.string(idNode, path: "\(path).id")
            else { continue }
            if !Self.isValidID(id) {
                reader.error("policy.invalid-value", "segment id '\(id)' must be lower-case letters, digits and '-'", at: idNode)
            }
            if !seen.insert(id).inserted {
                reader.error("policy.duplicate-id", "segment '\(id)' is defined twice", at: idNode, help: "rename or remove one of them")
            }
            var rule = SegmentRule(id: id, conditionSource: nil, condition: nil, location: reader.location(of: item))
            if let whenNode = members.first(where: { $0.key == "when" })?.value,
                let source = reader.string(whenNode, path: "\(path).when")
            {
                rule.conditionSource = source
                do {
                    rule.condition = try conditions.compile(source, name: "\(reader.file) \(path).when")
                } catch {
                    reportCondition(error, in: whenNode, source: source, path: path)
                }
            } else if index != items.count - 1 {
                reader.error(
                    "policy.invalid-value", "segment '\(id)' has no 'when' condition but is not the last segment", at: item,
                    help: "give it a condition, or move it last: a segment without 'when' catches every remaining customer")
            }
            rules.append(rule)
        }
        return rules
    }

    /// Reports a condition error at its place inside the YAML scalar (same line; quoted
    /// scalars start one column later).
    mutating func reportCondition(_ error: ConditionSyntaxError, in node: Node, source: String, path: String) {
        var location = reader.location(of: node, length: error.length)
        if case .scalar(let scalar) = node, !source.contains("\n"), let column = location.column {
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            location.column = column + (quoted ? 1 : 0) + error.column - 1
        }
        var diagnostic = Diagnostic.error(
            "policy.condition-syntax", "invalid condition in \(path).when: \(error.message)", at: location,
            help: "write a Liquid condition over history.* and customer.*, such as 'history.late_payments_12m >= 3'")
        diagnostic.suggestion = error.suggestion
        reader.append(diagnostic)
    }

    mutating func buildWorkflows(_ node: Node, segments: [SegmentRule]) -> [String: Workflow] {
        let segmentIDs = segments.map(\.id)
        guard let members = reader.mapping(node, path: "workflows", allowed: []) else { return [:] }
        var workflows: [String: Workflow] = [:]
        for (id, keyNode, value) in members {
            if !segmentIDs.contains(id) {
                reader.error(
                    "policy.unknown-segment", "workflow '\(id)' has no segment of that name", at: keyNode,
                    help: "segments: " + segmentIDs.joined(separator: ", "), suggestion: Suggestion.didYouMean(id, in: segmentIDs))
            }
            if let workflow = buildWorkflow(id: id, node: value) { workflows[id] = workflow }
        }
        for segment in segments where !members.contains(where: { $0.key == segment.id }) {
            reader.append(
                .error(
                    "policy.missing-workflow", "segment '\(segment.id)' has no workflow", at: segment.location,
                    help: "add 'workflows: \(segment.id): stages: …'"))
        }
        return workflows
    }

    mutating func buildWorkflow(id: String, node: Node) -> Workflow? {
        let path = "workflows.\(id)"
        guard let members = reader.mapping(node, path: path, allowed: ["scope", "stages"]) else { return nil }
        var scope = Workflow.Scope.overdue
        if let scopeNode = members.first(where: { $0.key == "scope" })?.value,
            let value = reader.choice(scopeNode, path: "\(path).scope", as: Workflow.Scope.self)
        {
            scope = value
        }
        guard let stagesNode = reader.required("stages", in: members, of: node, path: path),
            let items = reader.sequence(stagesNode, path: "\(path).stages")
        else { return nil }
        if items.isEmpty {
            reader.error("policy.invalid-value", "workflow '\(id)' has no stages", at: stagesNode, help: "list at least one stage")
        }
        var stages: [Stage] = []
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            guard
                let stage = buildStage(
                    item, path: "\(path).stages[\(index)]", isLast: index == items.count - 1, earlier: stages.map(\.id))
            else { continue }
            if !seen.insert(stage.id).inserted {
                reader.error("policy.duplicate-id", "stage '\(stage.id)' appears twice in workflow '\(id)'", at: item)
            }
            if let previous = stages.last, stage.dayOffset <= previous.dayOffset {
                reader.error(
                    "policy.stage-order",
                    "stage '\(stage.id)' (day \(stage.dayOffset)) must come after '\(previous.id)' (day \(previous.dayOffset))",
                    at: item, help: "list stages by increasing 'day', each on a different day")
            }
            stages.append(stage)
        }
        return Workflow(id: id, scope: scope, stages: stages, location: reader.location(of: node))
    }

    /// Builds one stage; `earlier` holds the ids of the stages before it, which `requires` may name.
    mutating func buildStage(_ node: Node, path: String, isLast: Bool, earlier: [String]) -> Stage? {
        guard let members = reader.mapping(node, path: path, allowed: PolicyLoader.stageKeys) else { return nil }
        func value(_ key: String) -> Node? { members.first { $0.key == key }?.value }
        let idNode = reader.required("id", in: members, of: node, path: path)
        let id = idNode.flatMap { reader.string($0, path: "\(path).id") }
        if let id, let idNode, !Self.isValidID(id) {
            reader.error("policy.invalid-value", "stage id '\(id)' must be lower-case letters, digits and '-' (it names the template folder)", at: idNode)
        }
        let day = reader.required("day", in: members, of: node, path: path).flatMap {
            reader.integer($0, path: "\(path).day", range: -365...3650)
        }
        var channel = ChannelRule.preferred
        if let channelNode = value("channel"), let text = reader.string(channelNode, path: "\(path).channel"), text != "preferred" {
            if let kind = ChannelKind(rawValue: text) {
                channel = .forced(kind)
            } else {
                let names = ["preferred"] + ChannelKind.allCases.map(\.rawValue)
                reader.error(
                    "policy.invalid-value", "'\(path).channel' is '\(text)', expected one of: " + names.joined(separator: ", "),
                    at: channelNode, suggestion: Suggestion.didYouMean(text, in: names))
            }
        }
        var fallback: [ChannelKind] = []
        if let fallbackNode = value("fallback"), let items = reader.sequence(fallbackNode, path: "\(path).fallback") {
            fallback = items.compactMap { reader.choice($0, path: "\(path).fallback", as: ChannelKind.self) }
        }
        var allowed: [ChannelKind]?
        if let allowedNode = value("allowed"), let items = reader.sequence(allowedNode, path: "\(path).allowed") {
            allowed = items.compactMap { reader.choice($0, path: "\(path).allowed", as: ChannelKind.self) }
            if case .forced(let forced) = channel, allowed?.contains(forced) == false {
                reader.error(
                    "policy.invalid-value", "'\(path).channel' is \(forced) but 'allowed' does not include it", at: allowedNode,
                    help: "add \(forced) to 'allowed' or change 'channel'")
            }
        }
        let template = value("template").flatMap { reader.string($0, path: "\(path).template") }
        let fee = value("fee").flatMap { reader.decimal($0, path: "\(path).fee") }
        let postage = value("postage").flatMap { reader.choice($0, path: "\(path).postage", as: PostageClass.self) }
        if let postageNode = value("postage"), channel != .forced(.letter), channel != .preferred, !fallback.contains(.letter) {
            reader.error(
                "policy.invalid-value", "'\(path).postage' is set but the stage never sends a letter", at: postageNode,
                help: "remove 'postage', or use 'channel: letter' or add letter to 'fallback'")
        }
        let kind = value("kind").flatMap { reader.choice($0, path: "\(path).kind", as: MessageKind.self) } ?? .transactional
        let handover = value("handover").flatMap { reader.bool($0, path: "\(path).handover") } ?? false
        if handover, !isLast, let handoverNode = value("handover") {
            reader.error(
                "policy.invalid-value", "only the last stage of a workflow can hand over to the collection agency",
                at: handoverNode, help: "move this stage last or remove 'handover: true'")
        }
        let requires = value("requires").flatMap { buildRequirement($0, path: "\(path).requires", earlier: earlier) }
        guard let id, let day else { return nil }
        return Stage(
            id: id, dayOffset: day, channel: channel, fallback: fallback, allowed: allowed, template: template, fee: fee, postage: postage,
            kind: kind, handover: handover, requires: requires, location: reader.location(of: node))
    }

    /// `requires: {stage: final-notice, days: 14}`: the stage must name an earlier one.
    mutating func buildRequirement(_ node: Node, path: String, earlier: [String]) -> StageRequirement? {
        guard let members = reader.mapping(node, path: path, allowed: ["stage", "days"]) else { return nil }
        let stageNode = reader.required("stage", in: members, of: node, path: path)
        let stage = stageNode.flatMap { reader.string($0, path: "\(path).stage") }
        let days = reader.required("days", in: members, of: node, path: path).flatMap {
            reader.integer($0, path: "\(path).days", range: 0...3650)
        }
        guard let stage, let stageNode, let days else { return nil }
        guard earlier.contains(stage) else {
            let known = earlier.isEmpty ? "it is the first stage, so nothing comes before it" : "earlier stages: " + earlier.joined(separator: ", ")
            reader.error(
                "policy.unknown-stage", "'\(path).stage' is '\(stage)', which is not an earlier stage of this workflow", at: stageNode,
                help: "name a stage listed above this one (\(known)), or remove 'requires'",
                suggestion: Suggestion.didYouMean(stage, in: earlier))
            return nil
        }
        return StageRequirement(stage: stage, days: days)
    }
}
