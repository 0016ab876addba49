import Contracts
import Foundation

/// The simulated suppliers' defaults and wiring, read from the mesh config's `services.<service>.settings`
/// (R6, R7).
///
/// | key                 | type                         | default | meaning                                          |
/// |---------------------|------------------------------|---------|--------------------------------------------------|
/// | `ack_delay_minutes` | range `min-max` or a number  | `10-120`| receipt to acknowledgement (or refusal), minutes |
/// | `ship_delay_hours`  | range `min-max` or a number  | `4-36`  | acknowledgement to shipment, hours               |
/// | `reject_rate`       | number 0…1                   | `0.02`  | share refused as `rejected`                      |
/// | `out_of_stock_rate` | number 0…1                   | `0.02`  | share refused as `out_of_stock`                  |
/// | `silent_rate`       | number 0…1                   | `0`     | share never acknowledged                         |
/// | `late_ship_rate`    | number 0…1                   | `0`     | share of shipments made 60 h after receipt       |
/// | `carriers`          | comma-separated names        | `China Post, Wish Post Standard` | carriers drawn from |
/// | `latency_ms`        | integer ≥ 0                  | `0`     | wall time `supplier.purchase_order` takes to answer |
/// | `seed`              | unsigned 64-bit integer      | `1`     | seeds every purchase order's fate                |
/// | `dispatch`          | service name                 | `dispatch` | the partitioned service that takes the answers |
/// | `calls_in_flight`   | integer 1…256                | `16`    | answers sent to Dispatch concurrently            |
///
/// The rejection, out-of-stock and silent rates together are at most 1. Unknown keys are refused, naming the key.
public struct SimulatorSettings: Sendable, Equatable {
    /// Every supplier's behaviour unless `simulator.suppliers.set` overrides it.
    public var behaviour: SupplierBehaviour
    /// How long `supplier.purchase_order` waits before answering, as a supplier's API would.
    public var latency: Duration
    public var seed: UInt64
    /// The partitioned service whose partitions take `purchase_orders.*`.
    public var dispatchService: String
    /// How many calls to Dispatch the sender keeps in flight.
    public var callsInFlight: Int

    /// The defaults.
    public init(
        behaviour: SupplierBehaviour = SupplierBehaviour(), latency: Duration = .zero, seed: UInt64 = 1,
        dispatchService: String = "dispatch", callsInFlight: Int = 16
    ) {
        self.behaviour = behaviour
        self.latency = latency
        self.seed = seed
        self.dispatchService = dispatchService
        self.callsInFlight = callsInFlight
    }

    /// The setting key of each `SupplierBehaviour` field, for faults found once every key is read.
    private static let behaviourKeys = [
        "ackDelayMinutes": "ack_delay_minutes", "shipDelayHours": "ship_delay_hours", "rejectRate": "reject_rate",
        "outOfStockRate": "out_of_stock_rate", "silentRate": "silent_rate", "lateShipRate": "late_ship_rate",
        "carriers": "carriers",
    ]

    private static let knownKeys =
        "ack_delay_minutes, calls_in_flight, carriers, dispatch, late_ship_rate, latency_ms, out_of_stock_rate, "
        + "reject_rate, seed, ship_delay_hours, silent_rate"

    /// Reads `settings`, the service's policy map, each scalar as text.
    /// - Parameter service: the service's name under `services`, for the key path in errors.
    public init(_ settings: [String: String], service: String) throws(SimulatorSettingsError) {
        self.init()
        func path(_ key: String) -> String { "services.\(service).settings.\(key)" }
        for (key, text) in settings.sorted(by: { $0.key < $1.key }) {
            let value = text.trimmingCharacters(in: .whitespaces)
            switch key {
            case "ack_delay_minutes": behaviour.ackDelayMinutes = try Self.range(value, path(key))
            case "ship_delay_hours": behaviour.shipDelayHours = try Self.range(value, path(key))
            case "reject_rate": behaviour.rejectRate = try Self.rate(value, path(key))
            case "out_of_stock_rate": behaviour.outOfStockRate = try Self.rate(value, path(key))
            case "silent_rate": behaviour.silentRate = try Self.rate(value, path(key))
            case "late_ship_rate": behaviour.lateShipRate = try Self.rate(value, path(key))
            case "carriers":
                behaviour.carriers = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            case "latency_ms":
                guard let milliseconds = Int64(value), (0...60_000).contains(milliseconds) else {
                    throw SimulatorSettingsError(
                        key: path(key), "expected milliseconds from 0 to 60000, got \"\(text)\"")
                }
                latency = .milliseconds(milliseconds)
            case "seed":
                guard let seed = UInt64(value) else {
                    throw SimulatorSettingsError(key: path(key), "expected an unsigned 64-bit integer, got \"\(text)\"")
                }
                self.seed = seed
            case "dispatch":
                guard !value.isEmpty else { throw SimulatorSettingsError(key: path(key), "expected a service name") }
                dispatchService = value
            case "calls_in_flight":
                guard let count = Int(value), (1...256).contains(count) else {
                    throw SimulatorSettingsError(key: path(key), "expected an integer from 1 to 256, got \"\(text)\"")
                }
                callsInFlight = count
            default:
                throw SimulatorSettingsError(key: path(key), "unknown setting (known: \(Self.knownKeys))")
            }
        }
        if let fault = behaviour.faults.first {
            let field = String(fault.field.prefix { $0 != "[" })
            throw SimulatorSettingsError(key: path(Self.behaviourKeys[field] ?? field), fault.reason)
        }
    }

    private static func range(_ value: String, _ path: String) throws(SimulatorSettingsError) -> DelayRange {
        guard let range = DelayRange(text: value) else {
            throw SimulatorSettingsError(
                key: path, "expected a range such as \"10-120\" or one number, not negative, got \"\(value)\"")
        }
        return range
    }

    private static func rate(_ value: String, _ path: String) throws(SimulatorSettingsError) -> Double {
        guard let rate = Double(value), rate.isFinite, (0...1).contains(rate) else {
            throw SimulatorSettingsError(key: path, "expected a number from 0 to 1, got \"\(value)\"")
        }
        return rate
    }
}
