import Foundation

/// Short, plain words for why a file could not be read or written, for diagnostics.
///
/// Foundation's own descriptions are written for dialogs, not for a line after a path:
/// `The operation could not be completed. The file doesn’t exist.`, or on Linux, for a folder,
/// `The operation could not be completed. (NSCocoaErrorDomain error 256.)`. Every module
/// that reports a file error puts ``describe(_:)`` after the path instead, so the same
/// problem reads the same everywhere: `cannot read the input 'x.jsonl': no such file`.
public enum FileProblem {
    /// The reason `error` gives, in a few lower-case words without a final period.
    ///
    /// Looks for the POSIX error underneath Foundation's errors first (that is where Linux
    /// keeps the real cause), then Foundation's own file error codes; anything else keeps its
    /// own description, minus Foundation's "The operation could not be completed." preamble.
    public static func describe(_ error: any Error) -> String {
        if let errorNumber = posixErrorNumber(in: error), let text = describe(errorNumber: errorNumber) {
            return text
        }
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, let text = cocoaText[nsError.code] { return text }
        let isFoundationError = nsError.domain == NSCocoaErrorDomain || nsError.domain == NSPOSIXErrorDomain
        if !isFoundationError { return String(describing: error) }
        return plain(nsError.localizedDescription)
    }

    /// The reason for a POSIX `errno` value, or `nil` for one without a plain wording here.
    public static func describe(errorNumber: Int32) -> String? {
        switch errorNumber {
        case ENOENT: "no such file or folder"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a folder, not a file"
        case ENOTDIR: "a part of the path is a file, not a folder"
        case EEXIST: "it already exists"
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota is used up"
        case EROFS: "the file system is read-only"
        case ENAMETOOLONG: "the path is too long"
        case ELOOP: "the path has a loop of symbolic links"
        case EMFILE, ENFILE: "too many files are open"
        case EIO: "the disk reported an input/output error"
        case EBUSY: "the file is in use"
        default: nil
        }
    }

    /// Foundation's file error codes (`CocoaError.Code`) that carry no POSIX error.
    private static let cocoaText: [Int: String] = [
        CocoaError.fileNoSuchFile.rawValue: "no such file or folder",
        CocoaError.fileReadNoSuchFile.rawValue: "no such file or folder",
        CocoaError.fileReadNoPermission.rawValue: "permission denied",
        CocoaError.fileWriteNoPermission.rawValue: "permission denied",
        CocoaError.fileReadCorruptFile.rawValue: "it is not valid UTF-8 text",
        CocoaError.fileReadInapplicableStringEncoding.rawValue: "it is not valid UTF-8 text",
        CocoaError.fileReadTooLarge.rawValue: "the file is too large to read",
        CocoaError.fileWriteFileExists.rawValue: "it already exists",
        CocoaError.fileWriteOutOfSpace.rawValue: "the disk is full",
        CocoaError.fileWriteVolumeReadOnly.rawValue: "the file system is read-only",
        CocoaError.fileReadInvalidFileName.rawValue: "the file name is not valid",
        CocoaError.fileWriteInvalidFileName.rawValue: "the file name is not valid",
    ]

    /// The `errno` behind `error`: its own code for a POSIX error, else its underlying error's.
    private static func posixErrorNumber(in error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
            return posixErrorNumber(in: underlying)
        }
        return nil
    }

    /// Foundation's description without its dialog preamble, lower-case, without a period.
    private static func plain(_ description: String) -> String {
        var text = description
        let preamble = "The operation could not be completed."
        if text.hasPrefix(preamble) { text = String(text.dropFirst(preamble.count)) }
        text = text.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(".") { text.removeLast() }
        guard let first = text.first else { return "an unknown system error" }
        return first.lowercased() + text.dropFirst()
    }
}
