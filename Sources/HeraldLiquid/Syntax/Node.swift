/// A node of a parsed template. Immutable and `Sendable`, so a template renders concurrently.
///
/// The frequent nodes (text, output, assign, `if`) are stored inline; only the cases with large
/// payloads are boxed, so rendering does not retain and release a box for every node. Text and
/// output nodes point into their template's `NodeStorage` without counting references.
enum Node: Sendable {
    /// Template text, copied to the output as it is.
    case text(TextRun)
    /// `{{ expression }}` and `echo`; `escape` is set in XML templates unless `raw_xml` ends the chain.
    case output(Unmanaged<FilteredExpression>, escape: Bool, offset: Int)
    /// Text followed by an output, the commonest pair of nodes, fused so that rendering
    /// dispatches once for both. The offset is narrowed to keep `Node` at five words.
    case textOutput(TextRun, Unmanaged<FilteredExpression>, escape: Bool, offset: Int32)
    case assign(Unmanaged<AssignTag>)
    case capture(String, [Node], offset: Int)
    /// `if` / `unless` with their `elsif` and `else` branches; the first true branch renders.
    case conditional(Unmanaged<ConditionalTag>)
    indirect case caseTag(Expression, [CaseBranch])
    indirect case forLoop(ForLoop)
    indirect case tablerow(ForLoop)
    case breakLoop
    case continueLoop
    indirect case cycle(CycleTag)
    /// `increment` (true) or `decrement` (false).
    case counter(String, increment: Bool)
    case ifchanged([Node])
    indirect case include(PartialTag)
    indirect case render(PartialTag)
    /// A host-registered tag.
    indirect case custom(CustomTagNode)
}

/// `assign name = expression`, in the template's `NodeStorage`.
final class AssignTag: Sendable {
    let name: String
    let expression: FilteredExpression
    let offset: Int

    init(name: String, expression: FilteredExpression, offset: Int) {
        self.name = name
        self.expression = expression
        self.offset = offset
    }
}

/// `if` / `unless` and their branches, in the template's `NodeStorage`.
final class ConditionalTag: Sendable {
    /// A branch as rendering reads it: references borrowed from `conditions` and `bodies`,
    /// which this tag owns, so reading a branch retains nothing.
    struct Branch: Sendable {
        let condition: Unmanaged<Condition>?
        let negate: Bool
        let body: Unmanaged<NodeList>
    }

    let branches: [Branch]
    private let conditions: [Condition]
    private let bodies: [NodeList]

    init(branches parsed: [ConditionalBranch]) {
        conditions = parsed.compactMap(\.condition)
        bodies = parsed.map { NodeList($0.body) }
        branches = zip(parsed, bodies).map { branch, body in
            Branch(
                condition: branch.condition.map(Unmanaged.passUnretained), negate: branch.negate,
                body: Unmanaged.passUnretained(body))
        }
    }
}

/// One branch of `if` / `unless`: rendered when its condition (negated for `unless`) holds;
/// `else` has no condition.
struct ConditionalBranch: Sendable {
    var condition: Condition?
    var negate: Bool
    var body: [Node]
}

/// A `when` or `else` branch of `case`.
struct CaseBranch: Sendable {
    /// Nil for `else`.
    var values: [Expression]?
    var body: [Node]
}

/// `for` and `tablerow`.
struct ForLoop: Sendable {
    var variable: String
    var collection: Expression
    /// `variable-collection markup`, the key for `offset: continue` and `forloop.name`.
    var name: String
    var reversed: Bool
    var limit: Expression?
    var offset: Expression?
    var offsetContinue: Bool
    var cols: Expression?
    var body: [Node]
    var elseBody: [Node]?
    var offsetInSource: Int
}

/// `cycle [group:] a, b, c`.
struct CycleTag: Sendable {
    var group: Expression?
    var key: String
    var values: [Expression]
}

/// `include` / `render`.
struct PartialTag: Sendable {
    var name: Expression
    /// `with x` (false) or `for x` (true).
    var binding: Expression?
    var isFor: Bool
    var alias: String?
    var arguments: [(String, Expression)]
    var offset: Int
    var length: Int

    /// The variable a `with`/`for` value is bound to, when known when parsing: the alias, or
    /// for a quoted template name its last path component (set by the parser).
    var variableName: String?
}

/// A host tag and its parsed arguments.
struct CustomTagNode: Sendable {
    var tag: any LiquidTag
    var arguments: FilteredExpression?
    var body: [Node]?
    /// Where the tag name is, for errors the tag throws.
    var offset: Int
}
