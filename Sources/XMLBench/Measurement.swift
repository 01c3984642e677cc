import Foundation

/// Times one variant: runs it repeatedly for a fixed wall-clock budget and reports
/// documents per second.
struct Variant {
    /// Such as `herald validate`.
    var name: String
    /// Processes one document; returns whether it came out as expected (valid, well-formed).
    var run: ([UInt8]) -> Bool
}

enum Measurement {
    /// Documents per CPU-second for `variant` over `document`, measured for about `seconds`
    /// of this thread's CPU time.
    ///
    /// CPU time, not wall-clock time: the development machine is shared, and time other
    /// processes take from this core would otherwise count against whichever variant was
    /// running. The loop is single-threaded, so this is the rate of one core.
    ///
    /// - Returns: The rate, or `nil` when the variant failed on the document.
    static func rate(of variant: Variant, on document: [UInt8], seconds: Double) -> Double? {
        let start = threadCPUTime()
        var count = 0
        var elapsed = 0.0
        repeat {
            // Read the clock every 16 documents so reading it costs nothing measurable.
            for _ in 0..<16 {
                guard variant.run(document) else { return nil }
            }
            count += 16
            elapsed = threadCPUTime() - start
        } while elapsed < seconds
        return Double(count) / elapsed
    }

    /// The calling thread's CPU time in seconds.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The median of `values` (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
