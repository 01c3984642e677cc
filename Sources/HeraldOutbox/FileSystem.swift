#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import HeraldDiagnostics

/// Thin, checked wrappers over the POSIX calls the outbox needs.
///
/// Every call checks its result and turns a failure into an `IOFailure` that names the
/// operation, the path and `errno`, so the outbox can build a diagnostic from it.
enum FileSystem {
    /// A failed system call.
    struct IOFailure: Error, Sendable {
        var operation: String
        var path: String
        var errorNumber: Int32

        /// The plain reason, such as `the disk is full`; the system's wording for rarer errors.
        var reason: String { FileProblem.describe(errorNumber: errorNumber) ?? String(cString: strerror(errorNumber)) }
    }

    static let fileMode: mode_t = 0o644
    static let directoryMode: mode_t = 0o755

    /// Creates `path` and its parents when missing.
    static func makeDirectory(_ path: String) throws(IOFailure) {
        if mkdir(path, directoryMode) == 0 { return }
        let error = errno
        if error == EEXIST {
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
            throw IOFailure(operation: "mkdir (not a directory)", path: path, errorNumber: ENOTDIR)
        }
        if error == ENOENT {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, parent != path {
                try makeDirectory(parent)
                if mkdir(path, directoryMode) == 0 || errno == EEXIST { return }
            }
        }
        throw IOFailure(operation: "mkdir", path: path, errorNumber: error)
    }

    /// Opens a file descriptor, retrying on `EINTR`.
    static func open(_ path: String, _ flags: Int32, mode: mode_t = fileMode) throws(IOFailure) -> Int32 {
        while true {
            #if canImport(Glibc)
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            #else
            let fd = Darwin.open(path, flags | O_CLOEXEC, mode)
            #endif
            if fd >= 0 { return fd }
            if errno != EINTR { throw IOFailure(operation: "open", path: path, errorNumber: errno) }
        }
    }

    /// Closes a descriptor; a failed close after writing means the data may be lost.
    static func close(_ fd: Int32, path: String) throws(IOFailure) {
        #if canImport(Glibc)
        let result = Glibc.close(fd)
        #else
        let result = Darwin.close(fd)
        #endif
        if result != 0, errno != EINTR { throw IOFailure(operation: "close", path: path, errorNumber: errno) }
    }

    /// Writes all of `bytes`, looping over short writes and `EINTR`.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(IOFailure) {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            #if canImport(Glibc)
            let written = Glibc.write(fd, base, remaining)
            #else
            let written = Darwin.write(fd, base, remaining)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                throw IOFailure(operation: "write", path: path, errorNumber: errno)
            }
            remaining -= written
            base = base.advanced(by: written)
        }
    }

    /// Writes all of `bytes`.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(IOFailure) {
        let result: Result<Void, IOFailure> = bytes.withUnsafeBytes { buffer in
            do throws(IOFailure) {
                try writeAll(fd, buffer, path: path)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    /// Flushes a file's data and metadata to the disk.
    static func fsync(_ fd: Int32, path: String) throws(IOFailure) {
        while true {
            #if canImport(Glibc)
            let result = Glibc.fsync(fd)
            #else
            let result = Darwin.fsync(fd)
            #endif
            if result == 0 { return }
            if errno != EINTR { throw IOFailure(operation: "fsync", path: path, errorNumber: errno) }
        }
    }

    /// Flushes a directory, so renames and creations inside it survive a crash.
    static func fsyncDirectory(_ path: String) throws(IOFailure) {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { _ = try? close(fd, path: path) }
        try fsync(fd, path: path)
    }

    /// Creates (exclusively) and writes a whole file, optionally fsyncing it before close.
    static func createFile(_ path: String, bytes: [UInt8], sync: Bool) throws(IOFailure) {
        let fd = try open(path, O_WRONLY | O_CREAT | O_EXCL)
        do throws(IOFailure) {
            try writeAll(fd, bytes, path: path)
            if sync { try fsync(fd, path: path) }
        } catch {
            _ = try? close(fd, path: path)
            throw error
        }
        try close(fd, path: path)
    }

    /// Renames `source` to `target`, failing with `EEXIST` instead of replacing the target.
    ///
    /// Linux: `renameat2(RENAME_NOREPLACE)` (looked up at run time, since the Swift Glibc
    /// module does not export it). Elsewhere, or on a filesystem without support: an
    /// existence check followed by `rename(2)`, safe because the outbox lock keeps other
    /// writers out and delivery agents only ever remove names from `new/`.
    static func renameNoReplace(_ source: String, _ target: String) throws(IOFailure) {
        if let renameat2 = SystemCalls.renameat2 {
            if renameat2(AT_FDCWD, source, AT_FDCWD, target, 1 /* RENAME_NOREPLACE */) == 0 { return }
            let error = errno
            if error != EINVAL, error != ENOSYS {
                throw IOFailure(operation: "rename", path: "\(source) -> \(target)", errorNumber: error)
            }
        }
        if exists(target) { throw IOFailure(operation: "rename", path: target, errorNumber: EEXIST) }
        if rename(source, target) != 0 {
            throw IOFailure(operation: "rename", path: "\(source) -> \(target)", errorNumber: errno)
        }
    }

    /// Removes a file; a missing file is not an error.
    static func unlinkIfPresent(_ path: String) throws(IOFailure) {
        if unlink(path) != 0, errno != ENOENT { throw IOFailure(operation: "unlink", path: path, errorNumber: errno) }
    }

    /// Whether anything exists at `path` (without following a final symlink).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The names in a directory, without `.` and `..`, in no particular order.
    static func listDirectory(_ path: String) throws(IOFailure) -> [String] {
        guard let dir = opendir(path) else { throw IOFailure(operation: "opendir", path: path, errorNumber: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Opens a file for reading, or returns `nil` when it does not exist.
    static func openIfPresent(_ path: String) throws(IOFailure) -> Int32? {
        do throws(IOFailure) {
            return try open(path, O_RDONLY)
        } catch {
            if error.errorNumber == ENOENT { return nil }
            throw error
        }
    }

    /// Reads a whole file, or `nil` when it does not exist.
    static func readFile(_ path: String) throws(IOFailure) -> [UInt8]? {
        guard let fd = try openIfPresent(path) else { return nil }
        defer { _ = try? close(fd, path: path) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in read(fd, buffer.baseAddress, buffer.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOFailure(operation: "read", path: path, errorNumber: errno)
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// Flushes every dirty page of the filesystem that holds `path` (Linux `syncfs(2)`),
    /// falling back to `sync(2)` where `syncfs` is unavailable.
    static func syncFilesystem(containing path: String) throws(IOFailure) {
        guard let syncfs = SystemCalls.syncfs else {
            sync()
            return
        }
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { _ = try? close(fd, path: path) }
        if syncfs(fd) != 0 { throw IOFailure(operation: "syncfs", path: path, errorNumber: errno) }
    }
}
