import HeraldModel
import HeraldPolicy

/// One message shape the policy can produce: a stage of a segment's workflow, sent by one
/// channel, in one locale.
public struct LintCombination: Sendable, Hashable, CustomStringConvertible {
    /// The segment (and workflow) id.
    public var segment: String
    /// The stage's index in its workflow (0-based).
    public var stageIndex: Int
    /// The stage id.
    public var stage: String
    /// The stage's template folder.
    public var templateFolder: String
    /// The channel.
    public var channel: ChannelKind
    /// The locale tag.
    public var locale: String

    /// `segment 'reliable', stage 'reminder-1', email, locale 'nl'`.
    public var description: String {
        "segment '\(segment)', stage '\(stage)', \(channel.rawValue), locale '\(locale)'"
    }

    /// Every combination of a policy's workflows, the channels each stage can end up using
    /// (the preferred channel may be any channel; then the forced one and the fallbacks,
    /// limited to the stage's allowed channels) and `locales`.
    public static func all(policy: Policy, locales: [String]) -> [LintCombination] {
        var result: [LintCombination] = []
        for segment in policy.segmentIDs {
            guard let workflow = policy.workflows[segment] else { continue }
            for (index, stage) in workflow.stages.enumerated() {
                for channel in channels(of: stage) {
                    for locale in locales {
                        result.append(
                            LintCombination(
                                segment: segment, stageIndex: index, stage: stage.id, templateFolder: stage.template,
                                channel: channel, locale: locale))
                    }
                }
            }
        }
        return result
    }

    /// The channels a stage can send by, in `ChannelKind` order.
    public static func channels(of stage: Stage) -> [ChannelKind] {
        var possible: Set<ChannelKind> = Set(stage.fallback)
        switch stage.channel {
        case .preferred: possible.formUnion(ChannelKind.allCases)
        case .forced(let channel): possible.insert(channel)
        }
        if let allowed = stage.allowed { possible.formIntersection(allowed) }
        return ChannelKind.allCases.filter(possible.contains)
    }
}
