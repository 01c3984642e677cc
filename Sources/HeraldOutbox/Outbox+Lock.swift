#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension Outbox {
    /// Takes `flock(2)` on `<root>/.lock` without waiting and writes this process's pid into it.
    ///
    /// The kernel releases the lock when the process ends, however it ends, so a crashed run
    /// never leaves a stale lock behind.
    static func takeLock(root: String) throws -> Int32 {
        let path = root + "/.lock"
        let fd: Int32
        do {
            fd = try FileSystem.open(path, O_RDWR | O_CREAT)
        } catch {
            throw OutboxDiagnostics.io(error, doing: "opening the outbox lock")
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let error = errno
            _ = try? FileSystem.close(fd, path: path)
            if error == EWOULDBLOCK || error == EAGAIN {
                let holder = (try? FileSystem.readFile(path)).flatMap { $0 }.map {
                    String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                }
                throw OutboxDiagnostics.locked(outbox: root, holder: holder.flatMap { $0.isEmpty ? nil : $0 })
            }
            throw OutboxDiagnostics.io(FileSystem.IOFailure(operation: "flock", path: path, errorNumber: error), doing: "locking the outbox")
        }
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 {
            _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
        return fd
    }

    /// Empties the pid and releases the lock.
    static func releaseLock(_ fd: Int32, root: String) {
        _ = ftruncate(fd, 0)
        _ = flock(fd, LOCK_UN)
        _ = try? FileSystem.close(fd, path: root + "/.lock")
    }
}
