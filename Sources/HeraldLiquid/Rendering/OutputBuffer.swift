/// The bytes one render writes.
///
/// A render appends hundreds of short pieces (text runs, escaped values, digits). `Array`
/// checks uniqueness and goes through its generic append for each of them; this buffer owns
/// its memory outright, copies short pieces inline and grows by doubling. The caller's
/// `[UInt8]` receives the finished output in one copy.
struct OutputBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = Swift.max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far, valid until the next append.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The output as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count &+ 1) }
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress else { return }
        let length = piece.count
        if count &+ length > capacity { grow(toHold: count &+ length) }
        let target = base + count
        if length <= 16 {
            // Short pieces dominate; a loop beats the call into memcpy.
            var index = 0
            while index < length {
                target[index] = source[index]
                index &+= 1
            }
        } else {
            target.update(from: source, count: length)
        }
        count &+= length
    }

    /// Appends a string's UTF-8 bytes.
    @inline(__always)
    mutating func append(_ text: String) {
        // Native strings, small ones included, lend their bytes in place.
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Copies the output to the end of `array`.
    func write(to array: inout [UInt8]) {
        array.append(contentsOf: bytes)
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity &* 2
        while newCapacity < needed { newCapacity &*= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
