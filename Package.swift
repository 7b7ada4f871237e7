// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Harbour",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "harbour", targets: ["Harbour"]),
        .executable(name: "harbour-validate", targets: ["HarbourValidate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        // Pure: the child's journey, code sets, invariants. No database, no web.
        .target(name: "HarbourCore", swiftSettings: strict),
        // The synthetic council: pure, deterministic journeys calibrated on real volumes.
        .target(name: "HarbourSynthetic", dependencies: ["HarbourCore"], swiftSettings: strict),
        // Statutory returns (CIN census, SSDA903, Annex A) as tables, their files and the DfE's
        // validation rules: pure, no database, no web.
        .target(name: "HarbourReturns", dependencies: ["HarbourCore"], swiftSettings: strict),
        // The command that checks a return file against the DfE's rules, shared by `harbour` and
        // `harbour-validate`.
        .target(
            name: "HarbourReturnsCLI",
            dependencies: ["HarbourCore", "HarbourReturns", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // harbour-validate: return validation alone, with no database or server linked in, so it
        // starts fast and small on an analyst's laptop or in CI (build it with --static-swift-stdlib).
        .executableTarget(
            name: "HarbourValidate",
            dependencies: ["HarbourReturnsCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict,
            // Relative relocations packed (lld's RELR), so starting up touches a few kilobytes of
            // relocations instead of megabytes.
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"])]
        ),
        // Fluent models, migrations and the use cases that write a child's record.
        .target(
            name: "HarbourStore",
            dependencies: [
                "HarbourCore", "HarbourSynthetic", "HarbourReturns",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: strict
        ),
        // Pages (Plot), JSON API, sign-in and the access log.
        .target(
            name: "HarbourWeb",
            dependencies: [
                "HarbourCore", "HarbourStore", "HarbourReturns",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Plot", package: "Plot"),
            ],
            resources: [.copy("Resources/harbour.css")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "Harbour",
            dependencies: [
                "HarbourCore", "HarbourStore", "HarbourWeb", "HarbourSynthetic", "HarbourReturns", "HarbourReturnsCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Fluent", package: "fluent"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "HarbourCoreTests", dependencies: ["HarbourCore", "HarbourSynthetic"], swiftSettings: strict),
        .testTarget(name: "HarbourReturnsTests", dependencies: ["HarbourCore", "HarbourReturns", "HarbourSynthetic"],
                    swiftSettings: strict),
        .testTarget(
            name: "HarbourAppTests",
            dependencies: [
                "HarbourCore", "HarbourStore", "HarbourWeb", "HarbourReturns",
                .product(name: "VaporTesting", package: "vapor"),
            ],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
