import Contracts
import Foundation
import ProcessControl
import ServiceKit
import Streams
import TestSupport

/// The whole order-to-shipment mesh under a supervisor on simulated time: inventory, payments, fraud-hold, orders,
/// the supplier simulator and the partitioned dispatch workers (R6, R7, R15, R16), driven through the real RPCs.
///
/// The simulated suppliers are deterministic: no random refusals, an acknowledgement 30 minutes after receipt and a
/// shipment 2 hours after that, unless a test gives a supplier its own behaviour (`setBehaviour`). So a test moves
/// a purchase order on by advancing the clock past those points, waiting for each step before the next advance.
struct DispatchMesh {
    /// Partitions of the dispatch group (the mesh default).
    static let partitions = 8
    static let partitioning = DispatchPartitioning(count: partitions)
    static let merchant = "Loja Azul"
    static let packagingInstructions = "Fold each shirt around tissue paper; Loja Azul thank-you card in every parcel."

    /// The supplier ids with their display names and emails, as the catalogue names them.
    static let suppliers: [(id: String, name: String, email: String)] = [
        ("sup_sz", "Shenzhen Apparel Co.", "ops@szapparel.example"),
        ("sup_gz", "Guangzhou Textile Works", "sales@gztextile.example"),
        ("sup_yw", "Yiwu Home Supply", "orders@ywhome.example"),
        ("sup_hz", "Hangzhou Knitwear Ltd.", "po@hzknit.example"),
    ]

    let orders: OrderMesh
    let supervisor: ChildProcess
    var mesh: MeshHarness { orders.mesh }

    /// The services, with `workers` dispatch workers; `latencyMs` is the wall time the simulated suppliers' API
    /// takes to take a purchase order, and `connectorCalls` the supplier calls one worker keeps in flight.
    static func services(workers: Int, latencyMs: Int, connectorCalls: Int) -> String {
        """
          inventory:
            executable: dropline-inventory
          payments:
            executable: dropline-payments
          fraud-hold:
            executable: dropline-fraud-hold
            settings:
              review_threshold: 10000
          orders:
            executable: dropline-orders
          simulator:
            executable: dropline-simulator
            settings:
              ack_delay_minutes: "30"
              ship_delay_hours: "2"
              reject_rate: 0
              out_of_stock_rate: 0
              silent_rate: 0
              late_ship_rate: 0
              latency_ms: \(latencyMs)
              seed: 7
          dispatch:
            executable: dropline-dispatch
            instances: \(workers)
            partitions: \(partitions)
            settings:
              connector_calls_per_worker: \(connectorCalls)
        """
    }

    /// Starts the mesh, loads the catalogue, and waits until Orders and every partition know it.
    static func start(workers: Int = 1, latencyMs: Int = 0, connectorCalls: Int = 8, stock: Int = 100)
        async throws -> DispatchMesh
    {
        let harness = try MeshHarness(
            services: services(workers: workers, latencyMs: latencyMs, connectorCalls: connectorCalls),
            extra: "clock:\n  mode: simulated")
        let supervisor = try await harness.startSupervisor(processes: 5 + workers)
        let mesh = DispatchMesh(orders: OrderMesh(mesh: harness), supervisor: supervisor)
        _ = try await mesh.orders.call("inventory", "inventory.load", catalog(stock: stock))
        try await waitUntil("Orders and every partition to know the catalogue", timeout: .seconds(30)) {
            await mesh.hasApplied("inventory", consumers: ["orders"] + partitioning.instanceNames)
        }
        return mesh
    }

    /// One merchant (Portuguese, so documents are in `pt`, and English for customs) with one listing: TEE-M is
    /// offered by sup_sz, sup_gz, sup_yw and TEE-L by sup_hz, sup_gz, sup_yw, each list cheapest first, so that the
    /// merchant's rank is also the choice's order while the scores are equal (R6).
    static func catalog(stock: Int) -> [String: Any] {
        func money(_ minorUnits: Int) -> [String: Any] { ["minorUnits": minorUnits, "currency": "BRL"] }
        func offers(_ ids: [String]) -> [[String: Any]] {
            ids.enumerated().map { rank, id in
                [
                    "supplierID": id, "productCost": money(2200 + 200 * rank), "shippingCost": money(1500),
                    "processingFee": money(200), "referenceLevel": 80,
                ]
            }
        }
        let address: [String: Any] = [
            "name": "Loja Azul Devoluções", "line1": "Rua Augusta 1500", "line2": "Sala 12", "city": "São Paulo",
            "region": "SP", "postalCode": "01304-001", "country": "BR",
        ]
        return [
            "merchants": [
                [
                    "id": "mer_azul", "name": merchant, "email": "vendas@lojaazul.example", "language": "pt",
                    "returnAddress": address,
                ]
            ],
            "suppliers": suppliers.map { ["id": $0.id, "name": $0.name, "email": $0.email] },
            "listings": [
                [
                    "id": "lst_tee", "merchantID": "mer_azul", "title": "Camiseta de algodão", "isActive": true,
                    "perOrderLimit": 10, "hsCode": "610910", "originCountry": "CN",
                    "packagingInstructions": packagingInstructions,
                    "variations": [
                        [
                            "sku": "TEE-M", "price": money(7990), "stock": stock,
                            "suppliers": offers(["sup_sz", "sup_gz", "sup_yw"]),
                        ],
                        [
                            "sku": "TEE-L", "price": money(7990), "stock": stock,
                            "suppliers": offers(["sup_hz", "sup_gz", "sup_yw"]),
                        ],
                    ],
                ]
            ],
        ]
    }

    // MARK: - Orders

    /// Places one unit of `sku` for customer `index` (its own email and idempotency key); returns the order id.
    func place(_ index: Int, sku: String = "TEE-M") async throws -> String {
        var request = orders.placement(email: "c\(index)@example.com", key: "dispatch-\(index)")
        request["sku"] = sku
        return try await orders.place(request)
    }

    /// Places one order of each of `skus` for customers 0, 1, …, four at a time; returns their ids in that order.
    func place(skus: [String]) async throws -> [String] {
        let lanes = 4
        let placed = try await withThrowingTaskGroup(of: [(Int, String)].self) { group in
            for lane in 0..<lanes {
                group.addTask {
                    var mine: [(Int, String)] = []
                    for index in stride(from: lane, to: skus.count, by: lanes) {
                        mine.append((index, try await place(index, sku: skus[index])))
                    }
                    return mine
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        return placed.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Places `count` orders of TEE-M, waits until all are held, then ends the hold (8 h) and waits until each
    /// has its first purchase order at a supplier (`dispatched`).
    func placeAndDispatch(_ count: Int) async throws -> [String] {
        try await placeAndDispatch(skus: Array(repeating: "TEE-M", count: count))
    }

    /// Places one order of each of `skus` (customers 0, 1, …), then as `placeAndDispatch(_:)`.
    func placeAndDispatch(skus: [String]) async throws -> [String] {
        let placed = try await place(skus: skus)
        try await waitForStatus(placed, "held")
        try await advance("8h")
        try await waitForStatus(placed, "dispatched", timeout: .seconds(60))
        return placed
    }

    /// Every order's status, by id (`orders.list`).
    func statuses() async throws -> [String: String] {
        let list = try await orders.call("orders", "orders.list", ["limit": 500])
        let rows = (list["orders"] as? [[String: Any]]) ?? []
        return Dictionary(
            rows.compactMap { row in (row["orderID"] as? String).map { ($0, row["status"] as? String ?? "?") } },
            uniquingKeysWith: { first, _ in first })
    }

    /// Waits until every one of `orders` has `status`, showing the statuses seen when it times out.
    func waitForStatus(_ ids: [String], _ status: String, timeout: Duration = .seconds(20)) async throws {
        var seen: [String: Int] = [:]
        do {
            try await waitUntil("\(ids.count) orders \(status)", timeout: timeout) {
                guard let all = try? await statuses() else { return false }
                seen = Dictionary(grouping: ids.map { all[$0] ?? "unknown" }, by: { $0 }).mapValues(\.count)
                return seen == [status: ids.count]
            }
        } catch {
            throw StatusWaitTimedOut(description: "\(error) Statuses seen: \(seen).")
        }
    }

    func advance(_ duration: String) async throws { try await orders.advance(duration) }

    /// The supervisor's domain time (`clock.now`).
    func clock() async throws -> Date {
        let reading = try await orders.call("supervisor", "clock.now", [:])
        guard let now = DomainTime.parse(try requireString(reading["now"])) else {
            throw UnexpectedJSON(value: "\(reading)")
        }
        return now
    }

    /// Cancels a released order as its merchant (R15).
    func cancelByMerchant(_ order: String) async throws {
        _ = try await orders.call("orders", "orders.cancel", ["orderID": order, "by": "merchant"])
    }

    /// The payment's state (`payments.show`).
    func payment(_ order: String) async throws -> String? {
        try await orders.call("payments", "payments.show", ["orderID": order])["state"] as? String
    }

    /// The delivered mail whose file name contains `name`, as text.
    func mail(_ name: String) -> String? {
        guard let file = orders.mails().first(where: { $0.contains(name) }) else { return nil }
        return try? String(contentsOfFile: "\(mesh.statePath)/maildir/new/\(file)", encoding: .utf8)
    }

    // MARK: - Lifecycle

    /// Stops the supervisor, and with it every process, so that their stores can be read (`MeshStores`).
    func stop() async -> MeshStores {
        _ = await supervisor.terminate(grace: .seconds(20))
        return MeshStores(statePath: mesh.statePath)
    }

    func tearDown() async { await mesh.tearDown() }
}

/// A wait for order statuses timed out; says which statuses the orders had instead.
struct StatusWaitTimedOut: Error, CustomStringConvertible {
    let description: String
}
