import Contracts
import MeshConfig

/// The standard meshes the tests and the benchmarks start. Each takes the state folder, `.dropline` (the
/// embedded default's) unless given; `MeshHarness` puts it in its own temporary folder.
extension MeshBlueprint {
    /// `dropline-probe source` and `sink` (`probe-source`, `probe-sink`): the smallest mesh with a stream.
    public static func probePair(stateDirectory: String = ".dropline") -> MeshBlueprint {
        MeshBlueprint(
            stateDirectory: stateDirectory, processes: [.probe("probe-source", "source"), .probe("probe-sink", "sink")])
    }

    /// The order domain on simulated time: inventory, payments, fraud-hold and orders. `reviewThreshold` is the
    /// risk score from which fraud-hold sends an order to review; many orders from one test card would all go
    /// to review under the velocity rules at the default 50.
    public static func orderDomain(stateDirectory: String = ".dropline", reviewThreshold: Int) -> MeshBlueprint {
        MeshBlueprint(
            stateDirectory: stateDirectory, clock: .simulated,
            processes: [.inventory, .payments, .fraudHold(reviewThreshold: reviewThreshold), .orders])
    }

    /// The order domain, the supplier simulator whose suppliers all behave as `suppliers` says (each field left
    /// nil takes the simulator's default) and answer `supplier.purchase_order` after `supplierLatency` of wall
    /// time, and `workers` dispatch workers over `partitions` partitions, each keeping `connectorCallsPerWorker`
    /// supplier calls in flight (R6).
    public static func dispatch(
        stateDirectory: String = ".dropline", reviewThreshold: Int, suppliers: SupplierBehaviourChange,
        supplierLatency: Duration = .zero, seed: UInt64? = nil, workers: Int, partitions: Int,
        connectorCallsPerWorker: Int
    ) -> MeshBlueprint {
        var blueprint = orderDomain(stateDirectory: stateDirectory, reviewThreshold: reviewThreshold)
        blueprint.processes += [
            .simulator(suppliers: suppliers, latency: supplierLatency, seed: seed),
            .dispatch(workers: workers, partitions: partitions, connectorCallsPerWorker: connectorCallsPerWorker),
        ]
        return blueprint
    }
}

extension MeshBlueprint.Process {
    /// `dropline-probe <role>` (`source`, `sink` or `relay`) named `name`.
    public static func probe(_ name: String, _ role: String) -> Self {
        Self(name, executable: "dropline-probe", arguments: [role])
    }

    public static let inventory = Self("inventory", executable: "dropline-inventory")
    public static let payments = Self("payments", executable: "dropline-payments")
    public static let orders = Self("orders", executable: "dropline-orders")
    /// Tracking (R8-R11), following orders and the dispatch partitions.
    public static let tracking = Self("tracking", executable: "dropline-tracking")

    /// Fraud Hold, sending an order to review from a risk score of `reviewThreshold`.
    public static func fraudHold(reviewThreshold: Int) -> Self {
        Self("fraud-hold", executable: "dropline-fraud-hold", settings: ["review_threshold": "\(reviewThreshold)"])
    }

    /// The supplier simulator (`simulator`): every supplier's default behaviour as `suppliers` changes it, the
    /// wall time its API takes, and the seed of the purchase orders' fates (nil: the simulator's).
    public static func simulator(suppliers: SupplierBehaviourChange, latency: Duration, seed: UInt64?) -> Self {
        var settings = ["latency_ms": "\(Int((latency / .milliseconds(1)).rounded()))"]
        settings["ack_delay_minutes"] = suppliers.ackDelayMinutes?.description
        settings["ship_delay_hours"] = suppliers.shipDelayHours?.description
        settings["reject_rate"] = suppliers.rejectRate.map(number)
        settings["out_of_stock_rate"] = suppliers.outOfStockRate.map(number)
        settings["silent_rate"] = suppliers.silentRate.map(number)
        settings["late_ship_rate"] = suppliers.lateShipRate.map(number)
        settings["carriers"] = suppliers.carriers?.joined(separator: ", ")
        settings["seed"] = seed.map(String.init)
        return Self("simulator", executable: "dropline-simulator", settings: settings)
    }

    /// The dispatch worker group (`dispatch.1` …) over `partitions` partitions (`dispatch.p0` …).
    public static func dispatch(workers: Int, partitions: Int, connectorCallsPerWorker: Int) -> Self {
        Self(
            DispatchPartitioning.serviceName, executable: "dropline-dispatch", instances: workers,
            partitions: partitions, settings: ["connector_calls_per_worker": "\(connectorCallsPerWorker)"])
    }

    /// A rate as a setting's text: `0`, `1`, `0.25`.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
