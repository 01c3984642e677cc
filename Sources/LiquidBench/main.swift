// liquid-bench --fixtures DIR --dunning DIR [--seconds S | --count N] [--case NAME] [--dump DIR]
//
// Parses each benchmark case once, renders it repeatedly on one thread into a reused byte
// buffer, and prints one JSON line per case (the same shape as Benchmarks/python/bench_liquid.py).
// scripts/bench-liquid.sh runs both, interleaved, and compares them.
import Foundation
import HeraldLiquid

setenv("TZ", "UTC", 1)
var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard flag.hasPrefix("--"), let value = arguments.popFirst() else {
        FileHandle.standardError.write(Data("liquid-bench: expected '--option value', got '\(flag)'\n".utf8))
        exit(2)
    }
    options[String(flag.dropFirst(2))] = value
}
guard let fixtures = options["fixtures"], let dunning = options["dunning"] else {
    FileHandle.standardError.write(
        Data(
            "usage: liquid-bench --fixtures DIR --dunning DIR [--seconds S | --count N] [--case NAME] [--dump DIR]\n"
                .utf8))
    exit(2)
}
let seconds = options["seconds"].flatMap(Double.init) ?? 1
let count = options["count"].flatMap(Int.init)

do {
    var cases = try BenchCase.fixtures(in: URL(fileURLWithPath: fixtures))
    cases.append(try BenchCase.dunning(in: URL(fileURLWithPath: dunning)))
    if let only = options["case"] { cases.removeAll { $0.name != only } }
    for benchCase in cases {
        let result =
            try count.map { try Measurement.run(benchCase, count: $0) }
            ?? Measurement.run(benchCase, seconds: seconds)
        if let dump = options["dump"] {
            try Data(result.output).write(to: URL(fileURLWithPath: dump).appendingPathComponent("\(benchCase.name).swift.txt"))
        }
        let line: [String: Any] = [
            "engine": "HeraldLiquid", "case": benchCase.name, "renders": result.renders,
            "seconds": (result.seconds * 10_000).rounded() / 10_000, "renders_per_second": result.rendersPerSecond,
            "bytes": result.output.count,
        ]
        let json = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }
} catch {
    FileHandle.standardError.write(Data("liquid-bench: \(error)\n".utf8))
    exit(1)
}
