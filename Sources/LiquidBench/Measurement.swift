import Foundation
import HeraldLiquid

/// Renders of one case over a measured interval.
struct Measurement {
    var renders: Int
    var seconds: Double
    var output: [UInt8]

    var rendersPerSecond: Double { Double(renders) / seconds }

    /// Renders `benchCase` for about `seconds` of this thread's CPU time (so time the shared
    /// machine gives to other processes does not count) after a short warm-up, into one
    /// reused buffer.
    static func run(_ benchCase: BenchCase, seconds: Double) throws -> Measurement {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        try benchCase.template.render(benchCase.data, registers: [:], into: &buffer)
        let output = buffer
        let warmUntil = now() + min(0.2, seconds / 5)
        while now() < warmUntil {
            buffer.removeAll(keepingCapacity: true)
            try benchCase.template.render(benchCase.data, registers: [:], into: &buffer)
        }
        var renders = 0
        var batch = 1
        let start = now()
        while true {
            for _ in 0..<batch {
                buffer.removeAll(keepingCapacity: true)
                try benchCase.template.render(benchCase.data, registers: [:], into: &buffer)
            }
            renders += batch
            let elapsed = now() - start
            if elapsed >= seconds { return Measurement(renders: renders, seconds: elapsed, output: output) }
            batch = min(batch * 2, 4096)
        }
    }

    /// Renders `benchCase` exactly `count` times (for instruction-count profiling).
    static func run(_ benchCase: BenchCase, count: Int) throws -> Measurement {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        let start = now()
        for _ in 0..<count {
            buffer.removeAll(keepingCapacity: true)
            try benchCase.template.render(benchCase.data, registers: [:], into: &buffer)
        }
        return Measurement(renders: count, seconds: max(now() - start, 1e-9), output: buffer)
    }

    /// This thread's CPU time, in seconds.
    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
