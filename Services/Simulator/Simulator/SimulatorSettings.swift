import Contracts
import Foundation
import ServiceKit

/// The simulated suppliers' and carriers' defaults and wiring, read from the mesh config's
/// `services.<service>.settings` (R6, R7, R10, R11).
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
/// | `calls_in_flight`   | integer 1…256                | `16`    | calls sent to Dispatch and Tracking concurrently |
/// | `carrier_exception_rate` | number 0…1              | `0.02`  | share with an exception, delivered anyway   |
/// | `carrier_return_rate`    | number 0…1              | `0.01`  | share ending `returned_to_sender`                |
/// | `carrier_lost_rate`      | number 0…1              | `0.01`  | share whose scans stop mid-way (it stalls)       |
/// | `carrier_unscanned_rate` | number 0…1              | `0.01`  | share never scanned                              |
/// | `carrier_transit_multiplier` | number above 0, ≤ 10 | `1`    | scales the transit time drawn from the range     |
/// | `tracking`          | service name                 | `tracking` | shipments in, scans out (if configured)       |
///
/// The rejection, out-of-stock and silent rates together are at most 1, and so are the four carrier rates. Unknown
/// keys are refused, naming the key.
public struct SimulatorSettings: Sendable, Equatable {
    /// Every supplier's behaviour unless `simulator.suppliers.set` overrides it.
    public var behaviour: SupplierBehaviour
    /// Every carrier's behaviour unless `simulator.carrier_behaviour.set` overrides it.
    public var carrierBehaviour: CarrierBehaviour
    /// How long `supplier.purchase_order` waits before answering, as a supplier's API would.
    public var latency: Duration
    public var seed: UInt64
    /// The partitioned service whose partitions take `purchase_orders.*`.
    public var dispatchService: String
    /// How many calls to Dispatch and Tracking the sender keeps in flight.
    public var callsInFlight: Int
    /// The service that publishes `shipment.registered` and takes `tracking.scan`; the carriers play only when the
    /// mesh config has it.
    public var trackingService: String
    /// The mesh's carriers (`MeshConfiguration.carriers`, not a setting): the simulated suppliers ship with the
    /// carrier Dispatch chose whenever they can number its parcels (R9).
    public var carriers = CarrierCatalogue([])

    /// The defaults.
    public init(
        behaviour: SupplierBehaviour = .defaults, carrierBehaviour: CarrierBehaviour = .defaults,
        latency: Duration = .zero, seed: UInt64 = 1, dispatchService: String = "dispatch", callsInFlight: Int = 16,
        trackingService: String = "tracking"
    ) {
        self.behaviour = behaviour
        self.carrierBehaviour = carrierBehaviour
        self.latency = latency
        self.seed = seed
        self.dispatchService = dispatchService
        self.callsInFlight = callsInFlight
        self.trackingService = trackingService
    }

    /// Every key the simulator reads.
    private static let keys = [
        "ack_delay_minutes", "ship_delay_hours", "reject_rate", "out_of_stock_rate", "silent_rate", "late_ship_rate",
        "carriers", "latency_ms", "seed", "dispatch", "calls_in_flight", "carrier_exception_rate",
        "carrier_return_rate", "carrier_lost_rate", "carrier_unscanned_rate", "carrier_transit_multiplier", "tracking",
    ]

    /// The setting key of each `SupplierBehaviour` field, for faults found once every key is read.
    private static let behaviourKeys = [
        "ackDelayMinutes": "ack_delay_minutes", "shipDelayHours": "ship_delay_hours", "rejectRate": "reject_rate",
        "outOfStockRate": "out_of_stock_rate", "silentRate": "silent_rate", "lateShipRate": "late_ship_rate",
        "carriers": "carriers",
    ]

    /// The setting key of each `CarrierBehaviour` field, for faults found once every key is read.
    private static let carrierKeys = [
        "exceptionRate": "carrier_exception_rate", "returnRate": "carrier_return_rate",
        "lostRate": "carrier_lost_rate", "unscannedRate": "carrier_unscanned_rate",
        "transitMultiplier": "carrier_transit_multiplier",
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
        trackingService = try settings.name("tracking", default: trackingService, expected: "a service name")
        carrierBehaviour = try Self.carrierBehaviour(settings)
        if let fault = behaviour.faults.first {
            let field = String(fault.field.prefix { $0 != "[" })
            throw settings.error(Self.behaviourKeys[field] ?? field, fault.reason)
        }
        if let fault = carrierBehaviour.faults.first {
            throw settings.error(Self.carrierKeys[fault.field] ?? fault.field, fault.reason)
        }
    }

    /// The carriers' default behaviour, each key left out keeping the documented default.
    private static func carrierBehaviour(_ settings: SettingsReader) throws(SettingsError) -> CarrierBehaviour {
        var behaviour = CarrierBehaviour.defaults
        behaviour.exceptionRate = try settings.number(
            "carrier_exception_rate", default: behaviour.exceptionRate, in: 0...1)
        behaviour.returnRate = try settings.number("carrier_return_rate", default: behaviour.returnRate, in: 0...1)
        behaviour.lostRate = try settings.number("carrier_lost_rate", default: behaviour.lostRate, in: 0...1)
        behaviour.unscannedRate = try settings.number(
            "carrier_unscanned_rate", default: behaviour.unscannedRate, in: 0...1)
        behaviour.transitMultiplier = try settings.value(
            "carrier_transit_multiplier", default: behaviour.transitMultiplier, expected: "a number above 0, at most 10"
        ) { Double($0).flatMap { $0.isFinite && $0 > 0 && $0 <= CarrierBehaviour.maximumTransitMultiplier ? $0 : nil } }
        return behaviour
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
