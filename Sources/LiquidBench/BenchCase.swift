import Foundation
import HeraldLiquid

/// One template with its data, parsed and ready to render.
struct BenchCase {
    var name: String
    var template: LiquidTemplate
    var data: LiquidValue

    /// Every Golden Liquid benchmark fixture (`DIR/NNN/templates/index.liquid` + `data.json`),
    /// in Liquid's default options, as python-liquid's default environment renders them.
    static func fixtures(in directory: URL) throws -> [BenchCase] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        return try names.map { name in
            let fixture = directory.appendingPathComponent(name)
            let environment = LiquidEnvironment(
                loader: DirectoryLoader(root: fixture.appendingPathComponent("templates"), fileExtension: nil))
            let template = try environment.template(named: "index.liquid", outputContext: .text)
            let data = try LiquidValue(jsonData: Data(contentsOf: fixture.appendingPathComponent("data.json")))
            return BenchCase(name: name, template: template, data: data)
        }
    }

    /// The dunning email: XHTML output context, strict variables and filters (as Herald renders
    /// every customer message), decimal amounts and the stand-in locale filters.
    static func dunning(in directory: URL) throws -> BenchCase {
        let environment = LiquidEnvironment(
            options: LiquidOptions(strictVariables: true, strictFilters: true),
            loader: DirectoryLoader(root: directory, fileExtension: nil), filters: StandInFilters.all)
        let template = try environment.template(named: "email.xhtml.liquid", outputContext: .xml)
        let data = try LiquidValue(
            jsonData: Data(contentsOf: directory.appendingPathComponent("data.json")), numbers: .decimal)
        return BenchCase(name: "dunning", template: template, data: data)
    }
}
