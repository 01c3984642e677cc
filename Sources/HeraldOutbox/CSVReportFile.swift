#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HeraldDiagnostics

/// A CSV report for people, such as the dunning list `herald run --list` writes: rows are
/// appended as batches commit, into `<path>.partial`, and the file appears under its own name
/// only when it is complete, replacing an older report of that name.
///
/// RFC 4180 with CRLF line ends and a UTF-8 byte-order mark, so spreadsheet programs read the
/// accents right. Fields that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return, unless they are a plain signed number) are written
/// with a leading `'` (OWASP's advice against CSV injection): customer data goes into these
/// fields. Use it from one thread at a time.
public final class CSVReportFile {
    private let path: String
    private let partialPath: String
    private var descriptor: Int32

    /// Creates `<path>.partial` and writes the header.
    ///
    /// - Parameters:
    ///   - path: Where the finished report goes.
    ///   - columns: The header names, in order.
    /// - Throws: `DiagnosticError` (`outbox.report-unwritable`) when the file cannot be created.
    public init(path: String, columns: [String]) throws(DiagnosticError) {
        self.path = path
        partialPath = path + ".partial"
        do throws(FileSystem.IOFailure) {
            descriptor = try FileSystem.open(partialPath, O_WRONLY | O_CREAT | O_TRUNC)
            try FileSystem.writeAll(descriptor, [0xEF, 0xBB, 0xBF] + Array(CSV.line(columns).utf8), path: partialPath)
        } catch {
            throw Self.unwritable(error)
        }
    }

    /// Appends rows, one value per column each.
    ///
    /// - Throws: `DiagnosticError` (`outbox.report-unwritable`) when writing fails.
    public func append(_ rows: [[String]]) throws(DiagnosticError) {
        guard !rows.isEmpty else { return }
        var text = ""
        for row in rows { text += CSV.line(row.map(Self.inert)) }
        do throws(FileSystem.IOFailure) {
            try FileSystem.writeAll(descriptor, Array(text.utf8), path: partialPath)
        } catch {
            throw Self.unwritable(error)
        }
    }

    /// Flushes the report to the disk and gives it its name.
    ///
    /// - Throws: `DiagnosticError` (`outbox.report-unwritable`) when that fails.
    public func finish() throws(DiagnosticError) {
        do throws(FileSystem.IOFailure) {
            try FileSystem.fsync(descriptor, path: partialPath)
            try FileSystem.close(descriptor, path: partialPath)
            descriptor = -1
            if rename(partialPath, path) != 0 {
                throw FileSystem.IOFailure(operation: "rename", path: "\(partialPath) -> \(path)", errorNumber: errno)
            }
        } catch {
            throw Self.unwritable(error)
        }
    }

    deinit {
        // An unfinished report (the run failed) keeps its `.partial` name.
        if descriptor >= 0 { _ = try? FileSystem.close(descriptor, path: partialPath) }
    }

    /// `value`, or `'value` when a spreadsheet would take it for a formula. A signed number
    /// (`-12.50`, or a phone number such as `+31612345678`) stays as it is: it calls nothing.
    static func inert(_ value: String) -> String {
        guard let first = value.utf8.first else { return value }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            return isPlainNumber(value.utf8.dropFirst()) ? value : "'" + value
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + value
        default: return value
        }
    }

    /// Whether `digits` is one or more digits with at most one `.` between them.
    private static func isPlainNumber(_ digits: Substring.UTF8View) -> Bool {
        var sawDigit = false
        var sawPoint = false
        for byte in digits {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                sawDigit = true
            } else if byte == UInt8(ascii: "."), sawDigit, !sawPoint {
                sawPoint = true
            } else {
                return false
            }
        }
        return sawDigit && digits.last != UInt8(ascii: ".")
    }

    private static func unwritable(_ failure: FileSystem.IOFailure) -> DiagnosticError {
        DiagnosticError(
            .error(
                "outbox.report-unwritable",
                "cannot write the report: \(failure.operation) failed for '\(failure.path)': \(failure.reason)",
                help: "pass a path in a folder that exists and is writable; the outbox itself is not affected"))
    }
}
