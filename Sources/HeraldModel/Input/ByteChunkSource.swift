import Foundation

/// Where a reader gets its input bytes from, one chunk at a time.
public protocol ByteChunkSource {
    /// The next chunk, or `nil` at the end of input. Chunks are never empty.
    mutating func nextChunk() throws -> [UInt8]?
}

/// Reads a file in fixed-size chunks: the only place HeraldModel touches the file system, so
/// the readers can stream input of any size with flat memory.
public struct FileChunkSource: ByteChunkSource {
    private let handle: FileHandle
    private let chunkSize: Int

    /// Opens `url` for reading.
    ///
    /// - Throws: `CocoaError` when the file cannot be opened.
    public init(url: URL, chunkSize: Int = 1 << 20) throws {
        self.handle = try FileHandle(forReadingFrom: url)
        self.chunkSize = max(1, chunkSize)
    }

    /// Reads up to the chunk size; `nil` at the end of the file.
    public mutating func nextChunk() throws -> [UInt8]? {
        guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
            try? handle.close()
            return nil
        }
        return [UInt8](data)
    }
}

/// Serves bytes already in memory as chunks, for tests and small inputs.
public struct MemoryChunkSource: ByteChunkSource {
    private var remaining: ArraySlice<UInt8>
    private let chunkSize: Int

    /// Serves `bytes` in chunks of `chunkSize`.
    public init(_ bytes: [UInt8], chunkSize: Int = 1 << 16) {
        self.remaining = bytes[...]
        self.chunkSize = max(1, chunkSize)
    }

    /// Serves `text` as UTF-8.
    public init(_ text: String, chunkSize: Int = 1 << 16) { self.init(Array(text.utf8), chunkSize: chunkSize) }

    /// The next slice of at most the chunk size.
    public mutating func nextChunk() throws -> [UInt8]? {
        guard !remaining.isEmpty else { return nil }
        let chunk = remaining.prefix(chunkSize)
        remaining = remaining.dropFirst(chunk.count)
        return Array(chunk)
    }
}
