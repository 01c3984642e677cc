/// What a parsed template's most frequent nodes point to without owning it: the bytes of its
/// text nodes and the expressions of its outputs. The `ParsedTemplate` holding the nodes holds
/// this storage too, so everything the nodes point to lives as long as they can be reached;
/// rendering then copies those nodes without retaining and releasing their payloads (about a
/// fifth of a render's reference counting).
///
/// `@unchecked Sendable`: one parser fills it, on one thread, before the `ParsedTemplate` that
/// shares it exists; afterwards it is never changed, only read through the nodes.
final class NodeStorage: @unchecked Sendable {
    private var texts: [UnsafeMutableBufferPointer<UInt8>] = []
    private var objects: [AnyObject] = []

    init() {}

    /// A copy of `bytes` that lives as long as this storage.
    func text(_ bytes: [UInt8]) -> TextRun {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        texts.append(copy)
        return TextRun(bytes: UnsafeBufferPointer(copy))
    }

    /// `object`, kept alive by this storage, as an unretained reference.
    func keep<Object: AnyObject>(_ object: Object) -> Unmanaged<Object> {
        objects.append(object)
        return Unmanaged.passUnretained(object)
    }

    deinit {
        for text in texts { text.deallocate() }
    }
}

/// The bytes of a text node, in its template's `NodeStorage`.
///
/// `@unchecked Sendable`: the bytes are immutable and live as long as the template (see
/// `NodeStorage`).
struct TextRun: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}

extension Unmanaged {
    /// Calls `body` with the object, borrowed without a retain and release
    /// (`_withUnsafeGuaranteedRef`), keeping `body`'s typed error. The object must be kept
    /// alive by its owner for the call.
    @inline(__always)
    func borrow<Success, Failure: Error>(_ body: (Instance) throws(Failure) -> Success) throws(Failure) -> Success {
        try _withUnsafeGuaranteedRef { instance in
            Result { () throws(Failure) -> Success in try body(instance) }
        }.get()
    }
}

/// A block body shared by reference, so that a node can borrow it (`Unmanaged`) instead of
/// retaining and releasing its array.
final class NodeList: Sendable {
    let nodes: [Node]

    init(_ nodes: [Node]) {
        self.nodes = nodes
    }
}
