import Contracts
import Foundation
import GRDB
import Logging
import MeshConfig
import Streams
import TestSupport

/// The tracking benchmark (issue 12): `clients` concurrent carriers calling `tracking.scan` on a real tracking
/// process. A fresh mesh on simulated time (the order domain, the supplier simulator, two dispatch workers over
/// eight partitions and tracking) ships `parcels` orders; then `scans` reports go out, a tenth of them repeating an
/// earlier scan id, spread over the parcels. The figure is reports answered per second; exactly once holds when the
/// `tracking` stream has one `shipment.scanned` per distinct scan and every repeat answered `isNew: false`.
struct TrackingBench {
    static let workers = 2
    static let partitions = 8

    let folder: String
    let parcels: Int
    let scans: Int
    let clients: Int
    let binaries: String

    /// What one run measured.
    struct Run {
        var seconds: Double
        var repeatsAnswered: Int
        /// CPU seconds each process (and the benchmark's clients) used while the reports went out.
        var cpu: ProcessCPU
        var exactlyOnce: ExactlyOnce
    }

    func run() async throws -> Run {
        try await DomainMesh.run(folder: folder, blueprint: blueprint, binaries: binaries) { mesh in
            let partitions = try PartitionClients(mesh: mesh)
            let tracking = try mesh.client(mesh.configuration.instance(named: "tracking")?.rpcEndpoint ?? "")
            try await mesh.waitUntilRunning(processes: 6 + Self.workers)
            try await partitions.waitUntilHosted(in: mesh)
            try await mesh.load(BenchCatalogue.load(stock: parcels + 10, suppliers: true))
            let placed = try await mesh.place(parcels, concurrency: min(parcels, 64)).orderIDs
            try await mesh.waitUntilSettled()
            try await mesh.advanceClock(by: "1d")
            try await mesh.waitUntilSettled()
            let shipments = try await Self.shipments(of: placed.sorted { $0.rawValue < $1.rawValue }, tracking)
            let bodies = try reports(shipments)
            let repeats = RepeatCount()
            let cpuBefore = try await ProcessCPU.withBench(mesh.status())
            let started = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for client in 0..<clients {
                    group.addTask {
                        for index in stride(from: client, to: bodies.count, by: clients) {
                            let reply = try await tracking.call(
                                "tracking.scan", body: bodies[index], timeout: .seconds(30))
                            if Self.isRepeat(reply) { repeats.add() }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let seconds = (ContinuousClock.now - started).seconds
            let cpu = try await ProcessCPU.withBench(mesh.status()).since(cpuBefore)
            try await mesh.waitUntilSettled()
            let published = try Self.scannedEvents(
                store: mesh.configuration.instance(named: "tracking")?.storePath ?? "")
            let distinct = scans - scans / 10
            return Run(
                seconds: seconds, repeatsAnswered: repeats.count, cpu: cpu,
                exactlyOnce: ExactlyOnce(
                    expected: distinct,
                    observed: "\(published) shipment.scanned for \(distinct) distinct scans; \(repeats.count) of "
                        + "\(scans / 10) repeats answered isNew false",
                    holds: published == distinct && repeats.count == scans / 10))
        }
    }

    /// The `tracking.scan` bodies: report `i` scans parcel `i mod parcels` as scan `bench-i`, except every tenth,
    /// which repeats the report before it.
    private func reports(_ shipments: [(carrier: String, number: String)]) throws -> [Data] {
        let encoder = DomainTime.makeEncoder()
        return try (0..<scans).map { index in
            let id = index % 10 == 9 ? index - 1 : index
            let parcel = shipments[id % shipments.count]
            return try encoder.encode(
                ScanReport(
                    carrier: parcel.carrier, trackingNumber: parcel.number, scanID: "bench-\(id)", kind: .inTransit,
                    location: "Sorting centre"))
        }
    }

    /// Each shipped order's carrier and tracking number (`tracking.show`).
    private static func shipments(of orders: [OrderID], _ tracking: RPCClient) async throws
        -> [(carrier: String, number: String)]
    {
        var found: [(carrier: String, number: String)] = []
        for order in orders {
            let view = try await tracking.call(
                "tracking.show", params: OrderReference(orderID: order), as: ShipmentView.self, timeout: .seconds(10))
            if let carrier = view.carrier, let number = view.trackingNumber { found.append((carrier, number)) }
        }
        guard !found.isEmpty else { throw BenchError.missingMeasurement("no shipped parcel to scan") }
        return found
    }

    /// Whether a receipt says the scan was reported before.
    private static func isRepeat(_ reply: Data) -> Bool {
        (try? DomainTime.makeDecoder().decode(ScanReceipt.self, from: reply).isNew) == false
    }

    /// How many `shipment.scanned` events the tracking store's outbox holds.
    private static func scannedEvents(store path: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration).read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM outboxEvent WHERE type = :type",
                arguments: ["type": ShipmentScanned.eventType]) ?? 0
        }
    }

    /// The simulator's carrier settings under which no parcel is ever scanned by a simulated carrier.
    static let silentCarriers = [
        "carrier_unscanned_rate": "1", "carrier_exception_rate": "0", "carrier_return_rate": "0",
        "carrier_lost_rate": "0",
    ]

    /// Fraud review out of reach; suppliers that acknowledge 10 minutes after receipt and ship an hour later, none
    /// refusing, silent or late; simulated carriers that never scan; tracking after dispatch.
    private var blueprint: MeshBlueprint {
        let suppliers = SupplierBehaviourChange(
            ackDelayMinutes: DelayRange(min: 10, max: 10), shipDelayHours: DelayRange(min: 1, max: 1), rejectRate: 0,
            outOfStockRate: 0, silentRate: 0, lateShipRate: 0)
        var blueprint = MeshBlueprint.dispatch(
            reviewThreshold: 1_000_000, suppliers: suppliers, workers: Self.workers, partitions: Self.partitions,
            connectorCallsPerWorker: 8)
        blueprint.processes.append(.tracking)
        // The simulated carriers stay silent: every scan the tracking stream counts is one of the benchmark's.
        if let simulator = blueprint.processes.firstIndex(where: { $0.name == "simulator" }) {
            blueprint.processes[simulator].settings.merge(Self.silentCarriers) { _, silent in silent }
        }
        blueprint.logLevel = .warning
        return blueprint
    }
}

extension TrackingBench {
    /// The figures: reports answered per second against the 5,000 scans/s target.
    func report() async -> ScenarioReport {
        let setting = "\(scans.grouped) reports, a tenth repeated, \(clients) clients, \(parcels) parcels"
        do {
            let run = try await run()
            return ScenarioReport(
                name: "tracking", setting: setting,
                figures: [
                    Figure.rate("tracking.scan answered", events: scans, seconds: run.seconds, atLeast: 5_000),
                    Figure(label: "wall", value: run.seconds, unit: .seconds),
                ],
                exactlyOnce: run.exactlyOnce,
                notes: [
                    "order domain, simulator, \(Self.workers) dispatch workers over \(Self.partitions) partitions and "
                        + "tracking; the parcels shipped before the scans",
                    "each report in a group commit (GroupCommitWriter) with the reports arriving meanwhile",
                    "CPU s while the reports went out: \(run.cpu.summary(over: run.seconds))",
                ])
        } catch {
            return ScenarioReport(
                name: "tracking", setting: setting, figures: [],
                exactlyOnce: ExactlyOnce(expected: scans, observed: "not verified: \(error)", holds: false), notes: [])
        }
    }
}
