// swift-tools-version: 6.2
// Dropline: a mesh of Swift processes that runs a dropshipping marketplace's order timeline.
import PackageDescription

let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let log = Target.Dependency.product(name: "Logging", package: "swift-log")
let metrics = Target.Dependency.product(name: "Metrics", package: "swift-metrics")
let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let lifecycle = Target.Dependency.product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let propertyBased = Target.Dependency.product(name: "PropertyBased", package: "swift-property-based")

/// What a domain service's library may use: the shared runtime, never another service's library.
let domainServiceDependencies: [Target.Dependency] = [
    "Contracts", "InputRules", "ServiceKit", "Streams", "Mail", "MeshConfig", grdb, log,
]

/// A service is a library (`Services/<Name>/<Name>`) plus a thin executable (`Services/<Name>/Main`).
func service(_ name: String, deps: [Target.Dependency]) -> [Target] {
    [
        .target(name: name, dependencies: deps, path: "Services/\(name)/\(name)", swiftSettings: settings),
        .executableTarget(
            name: "\(name)Main", dependencies: [.byName(name: name), "ServiceKit", argumentParser],
            path: "Services/\(name)/Main", swiftSettings: settings),
    ]
}

func tests(_ name: String, deps: [Target.Dependency], exclude: [String] = [], resources: [Resource]? = nil) -> Target {
    .testTarget(
        name: name, dependencies: deps, path: "Tests/\(name)", exclude: exclude, resources: resources,
        swiftSettings: settings)
}

let package = Package(
    name: "Dropline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dropline", targets: ["CLIMain"]),
        .executable(name: "dropline-supervisor", targets: ["SupervisorMain"]),
        .executable(name: "dropline-probe", targets: ["ProbeMain"]),
        .executable(name: "dropline-orders", targets: ["OrdersMain"]),
        .executable(name: "dropline-inventory", targets: ["InventoryMain"]),
        .executable(name: "dropline-payments", targets: ["PaymentsMain"]),
        .executable(name: "dropline-fraud-hold", targets: ["FraudHoldMain"]),
        .executable(name: "dropline-dispatch", targets: ["SupplierDispatchMain"]),
        .executable(name: "dropline-simulator", targets: ["SimulatorMain"]),
        .executable(name: "dropline-tracking", targets: ["TrackingMain"]),
        .executable(name: "dropline-bench", targets: ["Benchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(name: "CZeroMQ", path: "Shared/CZeroMQ", providers: [.apt(["libzmq3-dev"])]),
        .target(name: "ZeroMQBus", dependencies: ["CZeroMQ"], path: "Shared/ZeroMQBus", swiftSettings: settings),
        // The fatal-signal record a service's crash guard reads at its next start (a signal handler, so C).
        .target(name: "CCrashRecord", path: "Shared/CCrashRecord"),
        .target(name: "Contracts", path: "Shared/Contracts", swiftSettings: settings),
        // The rules every door holds its input to: one text policy, id forms, amount and quantity bounds.
        .target(name: "InputRules", dependencies: ["Contracts"], path: "Shared/InputRules", swiftSettings: settings),
        .target(name: "MeshConfig", dependencies: ["Yams", "Contracts"], path: "Shared/MeshConfig", swiftSettings: settings),
        .target(
            name: "Streams", dependencies: ["ZeroMQBus", "Contracts", grdb, log, metrics],
            path: "Shared/Streams", swiftSettings: settings),
        .target(
            name: "ServiceKit",
            dependencies: [
                "Streams", "ZeroMQBus", "Contracts", "MeshConfig", "CCrashRecord", grdb, log, metrics, lifecycle,
                argumentParser,
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            path: "Shared/ServiceKit", swiftSettings: settings),
        .target(
            name: "TestSupport", dependencies: ["ServiceKit", "Streams", "ZeroMQBus", "Contracts", "MeshConfig", grdb, log],
            path: "Shared/TestSupport", swiftSettings: settings),
        .target(name: "Mail", dependencies: [grdb, log], path: "Shared/Mail", swiftSettings: settings),
        .target(
            name: "ProcessControl", dependencies: [log], path: "Services/Supervisor/ProcessControl",
            swiftSettings: settings),
        .target(name: "SeededRandom", path: "Services/Simulator/SeededRandom", swiftSettings: settings),
        // The demo's customers: a client library, so the CLI links it and not the supplier simulator's service.
        .target(
            name: "SimulatedCustomers", dependencies: ["Contracts", "SeededRandom"],
            path: "Services/Simulator/Customers", swiftSettings: settings),
    ]
        + service("Probe", deps: ["ServiceKit", "Streams", "Contracts", grdb, log])
        + service("Inventory", deps: domainServiceDependencies)
        + service("Payments", deps: domainServiceDependencies)
        + service("FraudHold", deps: domainServiceDependencies)
        + service("Orders", deps: domainServiceDependencies)
        + service("SupplierDispatch", deps: domainServiceDependencies)
        + service("Simulator", deps: domainServiceDependencies + ["SeededRandom"])
        + service("Tracking", deps: domainServiceDependencies)
        + service(
            "Supervisor",
            deps: ["ServiceKit", "ProcessControl", "Streams", "MeshConfig", "Contracts", grdb, log, lifecycle])
        // The CLI is a client: it links Contracts and the shared runtime, never a domain service's library.
        + service(
            "CLI",
            deps: [
                "ServiceKit", "MeshConfig", "Contracts", "Streams", "ZeroMQBus", "SimulatedCustomers", grdb,
                argumentParser, log, "SwiftCSV", .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ])
        + [
            .executableTarget(
                name: "Benchmark",
                dependencies: [
                    "Contracts", "TestSupport", "Streams", "ZeroMQBus", "MeshConfig", "ProcessControl", "Probe", grdb, log,
                    argumentParser,
                ],
                path: "Services/Benchmark", swiftSettings: settings),
            tests("ZeroMQBusTests", deps: ["ZeroMQBus"]),
            // R9's tracking-number formats are checked against the shared vectors of jkeen/tracking_number_data.
            tests(
                "ContractsTests", deps: ["Contracts"], exclude: ["Fixtures/README.md"],
                resources: [.copy("Fixtures/tracking_vectors.json")]),
            // R1's differential test reads the address sample generated by Deploy/scripts/generate-address-sample.py.
            tests("InputRulesTests", deps: ["InputRules", "Contracts", propertyBased]),
            tests(
                "OrdersTests",
                deps: [
                    "Orders", "Contracts", "InputRules", "ServiceKit", "Streams", "Mail", "TestSupport", grdb, log,
                    propertyBased,
                ],
                resources: [.copy("Fixtures/address-sample.json")]),
            tests(
                "InventoryTests",
                deps: [
                    "Inventory", "Contracts", "InputRules", "ServiceKit", "Streams", "Mail", "TestSupport", grdb, log,
                    propertyBased,
                ]),
            tests(
                "FraudHoldTests",
                deps: [
                    "FraudHold", "Contracts", "InputRules", "ServiceKit", "Streams", "Mail", "TestSupport", grdb, log,
                    propertyBased,
                ]),
            tests(
                "SupplierDispatchTests",
                deps: [
                    "SupplierDispatch", "Contracts", "InputRules", "ServiceKit", "Streams", "TestSupport", "ZeroMQBus", grdb,
                    log, propertyBased,
                ]),
            tests(
                "SimulatorTests",
                deps: [
                    "Simulator", "SimulatedCustomers", "Contracts", "ServiceKit", "Streams", "TestSupport", "MeshConfig",
                    grdb, log,
                ]),
            tests(
                "TrackingTests",
                deps: ["Tracking", "Contracts", "ServiceKit", "Streams", "TestSupport", grdb, log]),
            tests("PaymentsTests", deps: ["Payments", "Contracts", "ServiceKit", "Streams", "Mail", "TestSupport", grdb, log]),
            tests("MeshConfigTests", deps: ["MeshConfig", "Contracts"]),
            tests("StreamsTests", deps: ["Streams", "ZeroMQBus", "Contracts", "TestSupport", grdb, log]),
            tests("ServiceKitTests", deps: ["ServiceKit", "TestSupport", grdb, log]),
            tests("MailTests", deps: ["Mail", "TestSupport", grdb]),
            tests("CLITests", deps: ["CLI", "Contracts"]),
            tests("ProcessControlTests", deps: ["ProcessControl", log]),
            tests(
                "MeshTests",
                deps: ["TestSupport", "Streams", "MeshConfig", "Contracts", "ZeroMQBus", "ProcessControl", grdb, log]),
        ]
)
