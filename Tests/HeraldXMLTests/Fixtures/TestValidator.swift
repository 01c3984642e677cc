import Foundation
import HeraldDiagnostics
import HeraldXML

/// One validator for all tests, as Herald shares one per process.
enum TestValidator {
    static let fixtures: String = {
        let file = #filePath
        return String(file[..<(file.range(of: "/Fixtures/")?.upperBound ?? file.endIndex)])
    }()

    static let shared = XMLValidator(schemasDirectory: fixtures + "schemas")
}

extension [Diagnostic] {
    var errors: [Diagnostic] { filter { $0.severity == .error } }
    var codes: [String] { map(\.code.rawValue) }
}
