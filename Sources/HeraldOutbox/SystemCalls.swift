#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Linux system calls that the Swift Glibc module does not export (they sit behind
/// `_GNU_SOURCE`), looked up once in the C library with `dlsym`.
enum SystemCalls {
    typealias SyncFS = @convention(c) (Int32) -> Int32
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `int syncfs(int fd)`, or `nil` when the C library lacks it.
    static let syncfs: SyncFS? = symbol("syncfs", as: SyncFS.self)

    /// `int renameat2(int, const char *, int, const char *, unsigned int)`, or `nil`.
    static let renameat2: RenameAt2? = symbol("renameat2", as: RenameAt2.self)

    private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        #if os(Linux)
        guard let handle = dlopen(nil, RTLD_NOW), let pointer = dlsym(handle, name) else { return nil }
        return unsafeBitCast(pointer, to: type)
        #else
        return nil
        #endif
    }
}
