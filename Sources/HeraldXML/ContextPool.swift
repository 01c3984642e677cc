import Synchronization

/// libxml2 contexts kept between documents, so each thread need not build one per document.
///
/// Building a parser context (its dictionary, SAX handler and stacks) or a schema validation
/// context (its dictionary) cost more than parsing and checking a print manifest. libxml2
/// supports reuse: `xmlCtxtReadMemory` resets a parser context before it parses, and
/// `xmlSchemaValidateDoc` clears a validation context when it ends. A context is used by one
/// thread at a time: the one that took it, until it gives it back. Only contexts whose last
/// document went through cleanly are given back; the others are destroyed.
final class ContextPool<Pointer>: Sendable {
    /// An idle context. `@unchecked Sendable` because no thread uses a context while it is in
    /// the pool, and the pool's lock orders the hand-over from one thread to the next.
    private struct Idle: @unchecked Sendable {
        let pointer: Pointer
    }

    private let idle = Mutex<[Idle]>([])
    private let create: @Sendable () -> Pointer?
    private let destroy: @Sendable (Pointer) -> Void

    /// The most idle contexts kept; more threads than this build their own and free them.
    static var limit: Int { 16 }

    /// A pool that builds contexts with `create` and frees them with `destroy`.
    init(create: @escaping @Sendable () -> Pointer?, destroy: @escaping @Sendable (Pointer) -> Void) {
        self.create = create
        self.destroy = destroy
    }

    /// An idle context, or a new one; `nil` when libxml2 cannot allocate one.
    func take() -> Pointer? {
        if let reused = idle.withLock({ $0.popLast() }) { return reused.pointer }
        return create()
    }

    /// Returns a context for reuse after a clean document, or frees it after anything else.
    func giveBack(_ pointer: Pointer, reusable: Bool) {
        let kept =
            reusable
            && idle.withLock { contexts in
                guard contexts.count < Self.limit else { return false }
                contexts.append(Idle(pointer: pointer))
                return true
            }
        if !kept { destroy(pointer) }
    }

    /// Frees every idle context, for an owner whose contexts must go before it does.
    func destroyIdle() {
        for context in idle.withLock({ contexts in
            defer { contexts.removeAll() }
            return contexts
        }) {
            destroy(context.pointer)
        }
    }

    deinit { destroyIdle() }
}
