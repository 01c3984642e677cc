/// A parsed JSON value that keeps numbers as their literal text and remembers where it
/// started, so decoding can report a column and amounts never pass through `Double`.
struct JSONNode: Sendable {
    /// The value's kind and content.
    enum Value: Sendable {
        case null
        case bool(Bool)
        /// The number exactly as written, such as `12.50` or `1e3`.
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in the order written; a repeated key keeps its last value.
        case object([(key: String, value: JSONNode)])
    }

    /// What the node holds.
    var value: Value
    /// The UTF-8 byte offset in the line where the value starts.
    var offset: Int

    /// The member named `key` of an object (the last one when repeated).
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        // Lengths first: most names differ in length, comparing counts costs far less than
        // comparing strings, and the builder looks up every field of every record.
        let length = key.utf8.count
        return members.last(where: { $0.key.utf8.count == length && $0.key == key })?.value
    }

    /// The member names of an object, in the order written (empty for other values).
    var keys: [String] {
        guard case .object(let members) = value else { return [] }
        return members.map(\.key)
    }

    /// Words for the kind of value, for error messages: "a string", "the number 42".
    var kindDescription: String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let text): "the number \(text)"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
