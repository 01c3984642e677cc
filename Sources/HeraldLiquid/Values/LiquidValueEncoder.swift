import Foundation
import OrderedCollections

/// Encodes any `Encodable` straight into a `LiquidValue`, without a JSON round trip:
/// `Decimal` stays `.decimal` (money is never binary floating point), integers stay
/// `.integer`, keys keep the order the type encodes them in, dates become ISO 8601 strings
/// and URLs their absolute string.
struct LiquidValueEncoder {
    func encode(_ value: some Encodable) throws -> LiquidValue {
        let node = EncodedNode()
        try node.encode(value, codingPath: [])
        return node.value
    }
}

/// A value under construction. A class because containers keep writing into it after
/// `encode(to:)` has handed them out; only ever used by one encode call on one thread.
final class EncodedNode {
    enum Content {
        case unset
        case scalar(LiquidValue)
        case object(OrderedDictionary<String, EncodedNode>)
        case array([EncodedNode])
    }

    var content = Content.unset

    var value: LiquidValue {
        switch content {
        case .unset: return .nil
        case .scalar(let value): return value
        case .object(let pairs): return .object(LiquidObject(pairs.mapValues(\.value)))
        case .array(let nodes): return .array(nodes.map(\.value))
        }
    }

    func encode(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        switch value {
        case let decimal as Decimal: content = .scalar(.decimal(decimal))
        case let date as Date: content = .scalar(.string(date.formatted(.iso8601)))
        case let url as URL: content = .scalar(.string(url.absoluteString))
        case let data as Data: content = .scalar(.string(data.base64EncodedString()))
        default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
        }
    }

    func child(forKey key: String) -> EncodedNode {
        var pairs: OrderedDictionary<String, EncodedNode> = [:]
        if case .object(let existing) = content { pairs = existing }
        let node = pairs[key] ?? EncodedNode()
        pairs[key] = node
        content = .object(pairs)
        return node
    }

    func appendChild() -> EncodedNode {
        var nodes: [EncodedNode] = []
        if case .array(let existing) = content { nodes = existing }
        let node = EncodedNode()
        nodes.append(node)
        content = .array(nodes)
        return node
    }

    func makeObject() {
        if case .object = content { return }
        content = .object([:])
    }

    func makeArray() {
        if case .array = content { return }
        content = .array([])
    }
}

private struct NodeEncoder: Encoder {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueNodeContainer(node: node, codingPath: codingPath)
    }
}

/// Scalars the encoding protocols hand over one type at a time.
private func scalar(_ value: some Encodable) -> LiquidValue? {
    switch value {
    case let flag as Bool: return .bool(flag)
    case let text as String: return .string(text)
    case let number as Double: return .double(number)
    case let number as Float: return .double(Double(number))
    case let number as Int: return .integer(number)
    case let number as any FixedWidthInteger:
        if let exact = Int(exactly: number) { return .integer(exact) }
        return .decimal(Decimal(string: String(describing: number)) ?? 0)
    default: return nil
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.child(forKey: key.stringValue).content = .scalar(.nil)
    }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        let child = node.child(forKey: key.stringValue)
        if let scalar = scalar(value) {
            child.content = .scalar(scalar)
        } else {
            try child.encode(value, codingPath: codingPath + [key])
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = node.child(forKey: key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(forKey: key.stringValue)
        child.makeArray()
        return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var count: Int {
        if case .array(let nodes) = node.content { return nodes.count }
        return 0
    }

    mutating func encodeNil() throws {
        node.appendChild().content = .scalar(.nil)
    }

    mutating func encode(_ value: some Encodable) throws {
        let child = node.appendChild()
        if let scalar = scalar(value) {
            child.content = .scalar(scalar)
        } else {
            try child.encode(value, codingPath: codingPath)
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = node.appendChild()
        child.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = node.appendChild()
        child.makeArray()
        return UnkeyedNodeContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath)
    }
}

private struct SingleValueNodeContainer: SingleValueEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        node.content = .scalar(.nil)
    }

    mutating func encode(_ value: some Encodable) throws {
        if let scalar = scalar(value) {
            node.content = .scalar(scalar)
        } else {
            try node.encode(value, codingPath: codingPath)
        }
    }
}
