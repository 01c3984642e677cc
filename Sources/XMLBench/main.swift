// xml-bench: validated XHTML emails per second through HeraldXML, against a plain libxml2
// loop over the same bytes in the same run. See scripts/bench-xml.sh and
// docs/benchmarks.md ("XML validation").
//
// Usage: xml-bench [--repetitions N] [--seconds S]
//        xml-bench --profile VARIANT --iterations K
//        xml-bench --stress N
//   N interleaved repetitions (default 7), each variant timed for S seconds (default 0.5).
//   --profile runs one variant (1-4, in table order) K times over the 4 KB document and
//   exits, for `perf stat` or `valgrind --tool=callgrind`.
//   --stress validates N good, bad and hostile documents from many concurrent tasks, checks
//   every outcome and exits (0 when all are right): the leak check's workload.

import Foundation
import HeraldDiagnostics
import HeraldXML

/// Reads `--name value` from the command line, or `fallback`.
func option(_ name: String, default fallback: Double) -> Double {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count,
        let value = Double(arguments[index + 1]), value > 0
    else { return fallback }
    return value
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("xml-bench: error: \(message)\n".utf8))
    exit(1)
}

if CommandLine.arguments.contains("--stress") {
    let count = Int(option("stress", default: 2_000))
    let mismatches = StressRun.runBlocking(count: count)
    for mismatch in mismatches.prefix(20) { print("mismatch: \(mismatch)") }
    print("stress: \(count) validations of \(StressRun.cases.count) kinds, \(mismatches.count) wrong")
    exit(mismatches.isEmpty ? 0 : 1)
}

let repetitions = Int(option("repetitions", default: 7))
let seconds = option("seconds", default: 0.5)

let documents: [(name: String, bytes: [UInt8])] = [
    ("4 KB", BenchDocument.email(targetBytes: 4 * 1024)),
    ("10 KB", BenchDocument.email(targetBytes: 10 * 1024)),
]

let validator = XMLValidator()
guard let plain = PlainLibXML2() else {
    fail("cannot parse the XHTML 1.0 Transitional DTD; install w3c-sgml-lib (apt-get install w3c-sgml-lib)")
}

// Both sides must agree that each document is valid before anything is timed.
for document in documents {
    let diagnostics = validator.validateXHTML(document.bytes, file: "bench.xhtml")
    if diagnostics.contains(where: { $0.severity == .error }) || !plain.validate(document.bytes) {
        let text = diagnostics.map { DiagnosticRenderer.headline($0) }.joined(separator: "\n")
        fail("the \(document.name) benchmark document is not valid:\n\(text)")
    }
}

let variants: [Variant] = [
    Variant(name: "Herald validate") { bytes in
        !validator.validateXHTML(bytes, file: "bench.xhtml").contains { $0.severity == .error }
    },
    Variant(name: "plain libxml2 validate") { plain.validate($0) },
    Variant(name: "Herald parse only") { bytes in
        !validator.checkWellFormedness(bytes, file: "bench.xhtml").contains { $0.severity == .error }
    },
    Variant(name: "plain libxml2 parse only") { plain.parse($0) },
]

if let index = CommandLine.arguments.firstIndex(of: "--profile") {
    let number = index + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[index + 1]) ?? 0 : 0
    guard variants.indices.contains(number - 1) else { fail("--profile takes 1 to \(variants.count)") }
    let iterations = Int(option("iterations", default: 10_000))
    for _ in 0..<iterations where !variants[number - 1].run(documents[0].bytes) {
        fail("\(variants[number - 1].name) failed")
    }
    print("\(variants[number - 1].name): \(iterations) documents of \(documents[0].bytes.count) bytes")
    exit(0)
}

// Warm up (DTD content models, allocator, caches) before timing.
for document in documents {
    for variant in variants { _ = Measurement.rate(of: variant, on: document.bytes, seconds: 0.1) }
}

// Interleave: every repetition times every variant on every document, rotating the order,
// so drift on a shared machine spreads evenly over the variants.
var rates: [String: [Double]] = [:]
for repetition in 0..<repetitions {
    for document in documents {
        for offset in 0..<variants.count {
            let variant = variants[(offset + repetition) % variants.count]
            guard let rate = Measurement.rate(of: variant, on: document.bytes, seconds: seconds) else {
                fail("\(variant.name) failed on the \(document.name) document")
            }
            rates["\(document.name)|\(variant.name)", default: []].append(rate)
        }
    }
}

let finalRates = rates
func median(_ document: String, _ variant: String) -> Double {
    Measurement.median(finalRates["\(document)|\(variant)"] ?? [])
}

print("libxml2 \(XMLValidator.libxml2Version), \(repetitions) interleaved repetitions of \(seconds) s per variant, median documents per CPU-second on one core")
print("")
print("| document | Herald validate | plain libxml2 validate | Herald / plain | Herald parse only | plain parse only | Herald / plain |")
print("|---|---:|---:|---:|---:|---:|---:|")
for document in documents {
    let heraldValidate = median(document.name, "Herald validate")
    let plainValidate = median(document.name, "plain libxml2 validate")
    let heraldParse = median(document.name, "Herald parse only")
    let plainParse = median(document.name, "plain libxml2 parse only")
    let size = "\(document.name) (\(document.bytes.count) bytes)"
    print(
        "| \(size) | \(Int(heraldValidate)) | \(Int(plainValidate)) | \(String(format: "%.2f", heraldValidate / plainValidate)) "
            + "| \(Int(heraldParse)) | \(Int(plainParse)) | \(String(format: "%.2f", heraldParse / plainParse)) |")
}
