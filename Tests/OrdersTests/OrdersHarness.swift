import Contracts
import Foundation
import ServiceKit
import Streams
import TestSupport

@testable import Orders

/// An orders service on the shared harness: a real store in a temporary folder, no sockets, and an in-process
/// Inventory (`TableStockReserver`) for placement.
typealias OrdersHarness = ServiceHarness<OrdersService>

extension ServiceHarness where Service == OrdersService {
    /// A service whose catalogue knows `ServiceFixtures`' merchant and listing (unless `catalogue` is false), with
    /// `stock` units of each of the listing's variations at Inventory, which runs `beforeReserve` first in each
    /// call. `prepare` may leave a store of an earlier version at the path first, for the service to migrate.
    convenience init(
        stock: Int = 20, catalogue: Bool = true, settings: OrdersSettings = OrdersSettings(),
        beforeReserve: (@Sendable (_ call: Int) async -> Void)? = nil,
        prepare: (_ storePath: String) throws -> Void = { _ in }
    ) throws {
        let reserver = TableStockReserver(
            stock: Dictionary(uniqueKeysWithValues: ServiceFixtures.skus.map { ($0, stock) }), before: beforeReserve)
        try self.init(
            stream: StreamNames.orders, start: ServiceFixtures.t0, migrations: OrdersStore.migrate, prepare: prepare
        ) { parts in
            OrdersService(
                parts: parts, settings: settings, reserver: reserver, dispatchPartitions: ["dispatch.p0"],
                followsTracking: true)
        }
        if catalogue {
            try deliver(MerchantUpserted(merchant: ServiceFixtures.merchant, at: ServiceFixtures.t0))
            try deliver(ListingUpserted(listing: ServiceFixtures.listing(), at: ServiceFixtures.t0))
        }
    }

    /// The in-process Inventory the harness built the service with.
    var reserver: TableStockReserver {
        guard let reserver = service.reserver as? TableStockReserver else {
            preconditionFailure("an orders harness reserves through a TableStockReserver")
        }
        return reserver
    }

    // MARK: - Streams

    /// Applies one fact as the next event of the stream that carries it: `catalog.*` on `inventory`,
    /// `payment.*` on `payments`, `fraud.*` on `fraud-hold`, Dispatch's facts on `dispatch.p0`, Tracking's
    /// (`shipment.*`, `infraction.*`) on `tracking`.
    /// - Throws: `StreamFeed.NotApplied` when the handler dead-lettered the event.
    @discardableResult
    func deliver<Payload: EventPayload>(_ payload: Payload, at time: Date? = nil) throws -> StreamFeed.Delivery {
        try deliver(payload, on: Self.stream(carrying: Payload.eventType), at: time)
    }

    /// The stream that carries events of `type`.
    private static func stream(carrying type: String) -> String {
        switch type.split(separator: ".").first {
        case "catalog", "stock", "listing": StreamNames.inventory
        case "payment": StreamNames.payments
        case "fraud": StreamNames.fraudHold
        case "purchase_order", "dispatch": "dispatch.p0"
        case "shipment", "infraction": StreamNames.tracking
        default: preconditionFailure("no stream the orders service consumes carries \(type)")
        }
    }

    // MARK: - RPCs

    /// Places `request` and returns the answer.
    func place(_ request: PlacementRequest = ServiceFixtures.request()) async throws -> OrderSummary {
        try await call("orders.place", request, as: OrderSummary.self)
    }

    /// The order as `orders.show` answers it.
    func show(_ id: OrderID) async throws -> OrderDetail {
        try await call("orders.show", OrderReference(orderID: id), as: OrderDetail.self)
    }

    // MARK: - Rows

    /// The types of the events published about `id`, in order.
    func publishedTypes(of id: OrderID) throws -> [String] {
        try published().filter { event in
            String(decoding: event.body, as: UTF8.self).contains(#""correlation":"\#(id.rawValue)""#)
        }.map(\.type)
    }

    /// The rows of every table that placement writes, so that a refusal can be shown to store nothing.
    func placementRowCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["order", "orderTimeline", "idempotencyKey", "unfulfilledOrder", "mailOutbox", "outboxEvent"] {
            counts[table] = try count(table)
        }
        return counts
    }
}
