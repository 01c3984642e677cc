import HeraldDiagnostics

/// The ordered stages for one segment.
public struct Workflow: Sendable, Hashable {
    /// Which invoices a workflow is about.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// Open, undisputed invoices: dunning.
        case overdue
        /// Disputed invoices: acknowledgement, never dunning.
        case disputed
    }

    /// The segment id this workflow serves (its key under `workflows:`).
    public var id: String
    /// What the workflow covers; `disputed` for the dispute path.
    public var scope: Scope
    /// Stages in ascending day offset.
    public var stages: [Stage]
    /// Where the workflow is defined in `herald.yaml`.
    public var location: SourceLocation?

    /// Creates a workflow.
    public init(id: String, scope: Scope = .overdue, stages: [Stage], location: SourceLocation? = nil) {
        self.id = id
        self.scope = scope
        self.stages = stages
        self.location = location
    }
}
