#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// One line of a file, as ``forEachLine(in:chunkSize:_:)`` hands it over.
    struct Line {
        /// The line's bytes, without the line feed.
        var bytes: ArraySlice<UInt8>
        /// Where the line starts in the file.
        var offset: Int
        /// Whether a line feed ends it (the file's last line may lack one).
        var isTerminated: Bool
        /// Whether nothing follows it in the file.
        var isLast: Bool
    }

    /// Reads the file at `path` in chunks and calls `body` with each line, so memory stays
    /// flat however long the file is; `body` returns `false` to stop.
    ///
    /// - Returns: `false` when the file does not exist.
    static func forEachLine(
        in path: String, chunkSize: Int = 1 << 20, _ body: (Line) throws -> Bool
    ) throws -> Bool {
        guard let fd = try openIfPresent(path) else { return false }
        defer { _ = try? close(fd, path: path) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IOFailure(operation: "fstat", path: path, errorNumber: errno) }
        let size = Int(info.st_size)
        var pending: [UInt8] = []
        var pendingOffset = 0
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let newline = UInt8(ascii: "\n")
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in read(fd, buffer.baseAddress, buffer.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOFailure(operation: "read", path: path, errorNumber: errno)
            }
            if count == 0 { break }
            pending.append(contentsOf: chunk[0..<count])
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: newline) {
                let offset = pendingOffset + start
                let line = Line(bytes: pending[start..<end], offset: offset, isTerminated: true, isLast: offset + (end - start) + 1 >= size)
                guard try body(line) else { return true }
                start = end + 1
            }
            pendingOffset += start
            pending.removeSubrange(..<start)
        }
        if !pending.isEmpty {
            _ = try body(Line(bytes: pending[...], offset: pendingOffset, isTerminated: false, isLast: true))
        }
        return true
    }
}
