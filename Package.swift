// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "herald",
    products: [
        .executable(name: "herald", targets: ["HeraldCLI"]),
        .executable(name: "liquid-conformance", targets: ["LiquidConformance"]),
        .executable(name: "liquid-bench", targets: ["LiquidBench"]),
        .executable(name: "xml-bench", targets: ["XMLBench"]),
        .library(name: "HeraldLiquid", targets: ["HeraldLiquid"]),
        .library(name: "HeraldXML", targets: ["HeraldXML"]),
        .library(name: "HeraldRun", targets: ["HeraldRun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
    ],
    targets: [
        // MARK: Foundations: import nothing from Herald
        .target(name: "HeraldDiagnostics"),
        .target(
            name: "HeraldLiquid",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .systemLibrary(
            name: "CHeraldLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // MARK: Checks, data and locales
        .target(name: "HeraldXML", dependencies: ["CHeraldLibXML2", "HeraldDiagnostics"]),
        .target(
            name: "HeraldModel",
            dependencies: [
                "HeraldDiagnostics", "HeraldLiquid",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "HeraldLocale",
            dependencies: [
                "HeraldModel", "HeraldDiagnostics", "HeraldLiquid",
                .product(name: "Yams", package: "Yams"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),

        // MARK: Rendering
        .target(
            name: "HeraldTemplates",
            dependencies: [
                "HeraldLiquid", "HeraldLocale", "HeraldModel", "HeraldDiagnostics",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "HeraldChannels",
            dependencies: ["HeraldDiagnostics", .product(name: "Crypto", package: "swift-crypto")]
        ),

        // MARK: Dunning
        .target(
            name: "HeraldPolicy",
            dependencies: [
                "HeraldModel", "HeraldDiagnostics", "HeraldLiquid",
                .product(name: "Yams", package: "Yams"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "HeraldOutbox",
            dependencies: [
                "HeraldDiagnostics", .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "HeraldRun",
            dependencies: [
                "HeraldTemplates", "HeraldChannels", "HeraldPolicy", "HeraldOutbox", "HeraldModel",
                "HeraldLocale", "HeraldXML", "HeraldLiquid", "HeraldDiagnostics",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: Authoring: lint, preview and explain for template editors
        .target(
            name: "HeraldAuthoring",
            dependencies: [
                "HeraldRun", "HeraldTemplates", "HeraldChannels", "HeraldPolicy", "HeraldOutbox", "HeraldModel",
                "HeraldLocale", "HeraldXML", "HeraldLiquid", "HeraldDiagnostics",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: Executables
        .executableTarget(
            name: "HeraldCLI",
            dependencies: [
                "HeraldAuthoring", "HeraldRun", "HeraldXML", "HeraldTemplates", "HeraldDiagnostics", "HeraldModel", "HeraldOutbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // tcmalloc replaces glibc's malloc in the herald binary only: a run allocates many small,
            // short-lived values on several threads, and tcmalloc's per-thread caches cut its CPU
            // time by about a tenth (docs/benchmarks.md, "Dunning run"). Debian: libtcmalloc-minimal4,
            // which ships no unversioned .so, hence the file name.
            linkerSettings: [.linkedLibrary(":libtcmalloc_minimal.so.4", .when(platforms: [.linux]))]
        ),
        .executableTarget(name: "LiquidConformance", dependencies: ["HeraldLiquid"]),
        // The Liquid rendering benchmark (scripts/bench-liquid.sh): Herald against python-liquid.
        .executableTarget(name: "LiquidBench", dependencies: ["HeraldLiquid"]),
        // The XML validation benchmark (scripts/bench-xml.sh): HeraldXML against bare libxml2.
        .executableTarget(name: "XMLBench", dependencies: ["HeraldXML", "HeraldDiagnostics", "CHeraldLibXML2"]),

        // MARK: Test support and tests (one test target per module)
        .target(name: "HeraldTesting", dependencies: ["HeraldDiagnostics"]),
        .testTarget(name: "HeraldDiagnosticsTests", dependencies: ["HeraldDiagnostics"]),
        .testTarget(name: "HeraldLiquidTests", dependencies: ["HeraldLiquid", "HeraldTesting"]),
        .testTarget(
            name: "HeraldXMLTests", dependencies: ["HeraldXML", "HeraldTesting"], exclude: ["Fixtures/schemas"]),
        .testTarget(
            name: "HeraldModelTests",
            dependencies: [
                "HeraldModel", "HeraldLiquid", "HeraldDiagnostics", "HeraldTesting",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .testTarget(
            name: "HeraldLocaleTests",
            dependencies: [
                "HeraldLocale", "HeraldLiquid", "HeraldDiagnostics", "HeraldTesting",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "HeraldTemplatesTests",
            dependencies: [
                "HeraldTemplates", "HeraldLocale", "HeraldLiquid", "HeraldDiagnostics", "HeraldTesting",
                "HeraldXML", "HeraldChannels", "HeraldPolicy", "HeraldModel", "HeraldRun",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "HeraldChannelsTests", dependencies: ["HeraldChannels", "HeraldTesting"],
            exclude: ["Scripts", "Fixtures"]
        ),
        .testTarget(
            name: "HeraldPolicyTests",
            dependencies: [
                "HeraldPolicy", "HeraldModel", "HeraldLiquid", "HeraldDiagnostics", "HeraldTesting",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .testTarget(
            name: "HeraldOutboxTests",
            dependencies: [
                "HeraldOutbox", "HeraldDiagnostics", "HeraldTesting", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "HeraldRunTests",
            dependencies: [
                "HeraldRun", "HeraldTemplates", "HeraldModel", "HeraldPolicy", "HeraldChannels", "HeraldOutbox",
                "HeraldDiagnostics", "HeraldTesting", .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "HeraldCLITests", dependencies: ["HeraldTesting"]),
        .testTarget(
            name: "HeraldAuthoringTests",
            dependencies: [
                "HeraldAuthoring", "HeraldRun", "HeraldPolicy", "HeraldOutbox", "HeraldTemplates", "HeraldLocale",
                "HeraldModel", "HeraldXML", "HeraldDiagnostics", "HeraldTesting",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)

// Language settings every Swift target shares (the swift-log pattern).
for target in package.targets where [.regular, .executable, .test].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
