import Contracts
import Foundation
import ServiceKit
import TestSupport
import Tracking

/// A tracking service on the shared harness: a real store in a temporary folder, no sockets, one dispatch
/// partition `dispatch.p0`.
typealias TrackingHarness = ServiceHarness<TrackingService>

extension ServiceHarness where Service == TrackingService {
    /// The dispatch partition the tests feed.
    static let partition = "dispatch.p0"

    /// A fresh tracking service at `Fixtures.t0`.
    convenience init(settings: TrackingSettings = TrackingSettings()) throws {
        try self.init(stream: StreamNames.tracking, start: Fixtures.t0, migrations: TrackingStore.migrate) { parts in
            TrackingService(parts: parts, settings: settings, dispatchPartitions: [Self.partition])
        }
    }

    /// Releases the order at `t0` and sends its purchase order.
    func release(_ id: OrderID = "o-1", shipping: ShippingChoice? = Fixtures.choice) throws {
        try deliver(Fixtures.released(id), on: StreamNames.orders)
        try deliver(Fixtures.sent(id, shipping: shipping), on: Self.partition)
    }

    /// Moves the clock to `at` and ships the order's purchase order then.
    func ship(_ id: OrderID = "o-1", number: String = Fixtures.number(), at: Date) throws {
        try advance(to: at)
        try deliver(Fixtures.shipped(id, number: number, at: at), on: Self.partition)
    }

    /// Reports a scan through `tracking.scan`.
    @discardableResult
    func scan(_ report: ScanReport) async throws -> ScanReceipt {
        try await call("tracking.scan", report, as: ScanReceipt.self)
    }

    /// `tracking.show` of the order.
    func show(_ id: OrderID = "o-1") async throws -> ShipmentView {
        try await call("tracking.show", OrderReference(orderID: id), as: ShipmentView.self)
    }
}
