import Contracts
import Foundation
import MeshConfig
import ServiceKit

/// The dispatch policy and wiring read from the mesh config's `services.dispatch.settings` (R6, R7).
///
/// | key                          | type             | default     | meaning                                          |
/// |------------------------------|------------------|-------------|--------------------------------------------------|
/// | `dispatch_target_minutes`    | positive number  | `120`       | a purchase order sent later than release + this is late (R6) |
/// | `acknowledge_hours`          | positive number  | `24`        | a supplier silent this long after the PO is replaced |
/// | `ship_hours`                 | positive number  | `48`        | a supplier that has not shipped by then is replaced (R7) |
/// | `refund_after_hours`         | positive number  | `72`        | after every supplier failed, the order is refunded then |
/// | `supplier_connector`         | instance name    | `simulator` | the mesh instance whose RPC endpoint is the supplier connector |
/// | `connector_calls_per_worker` | integer 1…1024   | `8`         | supplier calls one worker keeps in flight at once |
/// | `max_transit_days`           | integer 1…365    | `25`        | R9: the carrier choice takes the cheapest level promising delivery within this (`ShippingPlanner`) |
///
/// Durations are at most a year. Unknown keys are refused, naming the key. The carriers and the Confirmed Delivery
/// table are the mesh config's own `carriers:` and `confirmed_delivery:` (`MeshConfiguration.carriers`), set by
/// the worker from its host's configuration; the defaults are the embedded default's.
public struct DispatchSettings: Sendable, Equatable {
    /// The known keys.
    static let keys = [
        "dispatch_target_minutes", "acknowledge_hours", "ship_hours", "refund_after_hours", "supplier_connector",
        "connector_calls_per_worker", "max_transit_days",
    ]

    public var policy: DispatchPolicy
    /// The instance that answers `supplier.purchase_order` and `supplier.cancel`.
    public var supplierConnector: String
    /// How many connector calls one worker makes concurrently, over all its partitions.
    public var connectorCallsPerWorker: Int
    /// R9: the carriers ship reports may name and purchase orders are planned with.
    public var carriers: CarrierCatalogue
    /// R9: which orders must ship with last-mile tracking.
    public var confirmedDelivery: ConfirmedDeliveryPolicy
    /// R9: the longest promised transit the carrier choice prefers to pay less for.
    public var maxTransitDays: Int

    /// The defaults.
    public init(policy: DispatchPolicy = DispatchPolicy(), supplierConnector: String = "simulator") {
        self.policy = policy
        self.supplierConnector = supplierConnector
        connectorCallsPerWorker = 8
        (carriers, confirmedDelivery) = MeshConfiguration.defaultCarriers
        maxTransitDays = 25
    }

    /// Reads the service's settings; a key left out keeps its default.
    public init(_ settings: SettingsReader) throws(SettingsError) {
        self.init()
        try settings.refuseUnknown(known: Self.keys)
        policy.dispatchTarget = try settings.duration(
            "dispatch_target_minutes", default: policy.dispatchTarget, unit: "minutes", secondsPerUnit: 60)
        policy.acknowledgeWithin = try settings.duration(
            "acknowledge_hours", default: policy.acknowledgeWithin, unit: "hours", secondsPerUnit: 3600)
        policy.shipWithin = try settings.duration(
            "ship_hours", default: policy.shipWithin, unit: "hours", secondsPerUnit: 3600)
        policy.refundAfter = try settings.duration(
            "refund_after_hours", default: policy.refundAfter, unit: "hours", secondsPerUnit: 3600)
        supplierConnector = try settings.name(
            "supplier_connector", default: supplierConnector, expected: "an instance name")
        connectorCallsPerWorker = try settings.integer(
            "connector_calls_per_worker", default: connectorCallsPerWorker, in: 1...1024)
        maxTransitDays = try settings.integer("max_transit_days", default: maxTransitDays, in: 1...365)
    }

    /// The settings of `host`'s service, with the mesh's carriers and Confirmed Delivery table (R9).
    public init(_ settings: SettingsReader, configuration: MeshConfiguration) throws(SettingsError) {
        try self.init(settings)
        carriers = configuration.carriers
        confirmedDelivery = configuration.confirmedDelivery
    }
}
