/// Splits a byte stream fed in chunks into lines, holding at most one line in memory.
///
/// Accepts `\n` and `\r\n` line ends, drops a UTF-8 byte-order mark at the start, and
/// refuses lines longer than ``maximumLineLength`` without buffering them (the bytes are
/// counted and skipped), so memory stays flat whatever the input.
public struct LineSplitter: Sendable {
    /// One line of input.
    public enum Line: Sendable, Hashable {
        /// A line's bytes, without the line break, and its 1-based number.
        case text([UInt8], number: Int)
        /// A line that was longer than the limit; its bytes were skipped.
        case tooLong(number: Int, length: Int)
    }

    /// The longest line kept, in bytes (default 4 MiB).
    public let maximumLineLength: Int
    private var pending: [UInt8] = []
    private var overflowLength: Int?
    private var lineNumber = 0
    private var atStart = true

    /// Creates a splitter.
    public init(maximumLineLength: Int = 4 << 20) { self.maximumLineLength = max(1, maximumLineLength) }

    /// Feeds the next chunk and calls `body` for every line it completes.
    public mutating func feed(_ chunk: [UInt8], _ body: (Line) throws -> Void) rethrows {
        try feed(chunk[...], body)
    }

    // Not generic: callers in other modules would get an unspecialised, per-byte generic scan.
    private mutating func feed(_ chunk: ArraySlice<UInt8>, _ body: (Line) throws -> Void) rethrows {
        var bytes = chunk
        if atStart {
            pending.append(contentsOf: bytes)
            guard pending.count >= 3 || bytes.isEmpty else { return }
            atStart = false
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
            let start = pending
            pending = []
            try feed(start[...], body)
            return
        }
        while let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) {
            append(bytes[..<newline])
            try emit(body)
            bytes = bytes[bytes.index(after: newline)...]
        }
        append(bytes)
    }

    /// Signals the end of input and calls `body` for a last line without a line break.
    public mutating func finish(_ body: (Line) throws -> Void) rethrows {
        if atStart {
            atStart = false
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
            let rest = pending
            pending = []
            try feed(rest[...], body)
        }
        if !pending.isEmpty || overflowLength != nil { try emit(body) }
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) {
        if let length = overflowLength {
            overflowLength = length + bytes.count
        } else if pending.count + bytes.count > maximumLineLength {
            overflowLength = pending.count + bytes.count
            pending = []
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    private mutating func emit(_ body: (Line) throws -> Void) rethrows {
        lineNumber += 1
        if let length = overflowLength {
            overflowLength = nil
            try body(.tooLong(number: lineNumber, length: length))
            return
        }
        if pending.last == UInt8(ascii: "\r") { pending.removeLast() }
        let line = pending
        pending.removeAll(keepingCapacity: true)
        try body(.text(line, number: lineNumber))
    }
}
