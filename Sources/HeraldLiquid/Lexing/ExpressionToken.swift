/// A token of expression markup: the inside of `{{ }}` or a tag's arguments.
struct ExpressionToken: Sendable {
    enum Kind: Sendable, Equatable {
        case identifier, string, integer, float
        case dot, dotDot, comma, colon, pipe, assign
        case leftBracket, rightBracket, leftParen, rightParen
        case comparison
        case end
        case unknown
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// Identifier name, string contents or operator text.
    var text: String
}
