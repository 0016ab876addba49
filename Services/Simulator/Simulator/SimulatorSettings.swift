import Contracts
import Foundation
import ServiceKit

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
        behaviour: SupplierBehaviour = .defaults, latency: Duration = .zero, seed: UInt64 = 1,
        dispatchService: String = "dispatch", callsInFlight: Int = 16
    ) {
        self.behaviour = behaviour
        self.latency = latency
        self.seed = seed
        self.dispatchService = dispatchService
        self.callsInFlight = callsInFlight
    }

    /// Every key the simulator reads.
    private static let keys = [
        "ack_delay_minutes", "ship_delay_hours", "reject_rate", "out_of_stock_rate", "silent_rate", "late_ship_rate",
        "carriers", "latency_ms", "seed", "dispatch", "calls_in_flight",
    ]

    /// The setting key of each `SupplierBehaviour` field, for faults found once every key is read.
    private static let behaviourKeys = [
        "ackDelayMinutes": "ack_delay_minutes", "shipDelayHours": "ship_delay_hours", "rejectRate": "reject_rate",
        "outOfStockRate": "out_of_stock_rate", "silentRate": "silent_rate", "lateShipRate": "late_ship_rate",
        "carriers": "carriers",
    ]

    /// Reads the service's settings; a key left out keeps its default.
    public init(_ settings: SettingsReader) throws(SettingsError) {
        self.init()
        try settings.refuseUnknown(known: Self.keys)
        behaviour.ackDelayMinutes = try Self.range("ack_delay_minutes", default: behaviour.ackDelayMinutes, settings)
        behaviour.shipDelayHours = try Self.range("ship_delay_hours", default: behaviour.shipDelayHours, settings)
        behaviour.rejectRate = try settings.number("reject_rate", default: behaviour.rejectRate, in: 0...1)
        behaviour.outOfStockRate = try settings.number(
            "out_of_stock_rate", default: behaviour.outOfStockRate, in: 0...1)
        behaviour.silentRate = try settings.number("silent_rate", default: behaviour.silentRate, in: 0...1)
        behaviour.lateShipRate = try settings.number("late_ship_rate", default: behaviour.lateShipRate, in: 0...1)
        if let carriers = settings.text("carriers") {
            behaviour.carriers = carriers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        latency = try settings.value("latency_ms", default: latency, expected: "milliseconds from 0 to 60000") {
            Int64($0).flatMap { (0...60_000).contains($0) ? Duration.milliseconds($0) : nil }
        }
        seed = try settings.value("seed", default: seed, expected: "an unsigned 64-bit integer") { UInt64($0) }
        dispatchService = try settings.name("dispatch", default: dispatchService, expected: "a service name")
        callsInFlight = try settings.integer("calls_in_flight", default: callsInFlight, in: 1...256)
        if let fault = behaviour.faults.first {
            let field = String(fault.field.prefix { $0 != "[" })
            throw settings.error(Self.behaviourKeys[field] ?? field, fault.reason)
        }
    }

    /// A delay range, `10-120` or one number.
    private static func range(_ key: String, default fallback: DelayRange, _ settings: SettingsReader)
        throws(SettingsError) -> DelayRange
    {
        try settings.value(key, default: fallback, expected: #"a range such as "10-120" or one number, not negative"#) {
            DelayRange(text: $0)
        }
    }
}
