import Contracts
import Foundation
import ProcessControl
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
    static let suppliers = [
        SupplierRecord(id: "sup_sz", name: "Shenzhen Apparel Co.", email: "ops@szapparel.example"),
        SupplierRecord(id: "sup_gz", name: "Guangzhou Textile Works", email: "sales@gztextile.example"),
        SupplierRecord(id: "sup_yw", name: "Yiwu Home Supply", email: "orders@ywhome.example"),
        SupplierRecord(id: "sup_hz", name: "Hangzhou Knitwear Ltd.", email: "po@hzknit.example"),
    ]

    let orders: OrderMesh
    let supervisor: ChildProcess
    var mesh: MeshHarness { orders.mesh }

    /// The mesh with `workers` dispatch workers: fraud review out of reach, suppliers that neither refuse nor
    /// stay silent nor ship late, acknowledge 30 minutes after receipt and ship 2 hours after that; `latency` is the
    /// wall time their API takes to take a purchase order, and `connectorCalls` the supplier calls one worker
    /// keeps in flight.
    static func blueprint(workers: Int, latency: Duration, connectorCalls: Int) -> MeshBlueprint {
        let suppliers = SupplierBehaviourChange(
            ackDelayMinutes: DelayRange(min: 30, max: 30), shipDelayHours: DelayRange(min: 2, max: 2), rejectRate: 0,
            outOfStockRate: 0, silentRate: 0, lateShipRate: 0)
        return .dispatch(
            reviewThreshold: 10_000, suppliers: suppliers, supplierLatency: latency, seed: 7, workers: workers,
            partitions: partitions, connectorCallsPerWorker: connectorCalls)
    }

    /// Starts the mesh (with the tracking service after dispatch when `tracking`), loads the catalogue, and waits
    /// until Orders and every partition know it. `dispatchSettings` are added to the dispatch group's settings
    /// (`acknowledge_hours`, …).
    static func start(
        workers: Int = 1, latency: Duration = .zero, connectorCalls: Int = 8, stock: Int = 100, tracking: Bool = false,
        dispatchSettings: [String: String] = [:]
    ) async throws -> DispatchMesh {
        var blueprint = blueprint(workers: workers, latency: latency, connectorCalls: connectorCalls)
        if let group = blueprint.processes.firstIndex(where: { $0.name == DispatchPartitioning.serviceName }) {
            blueprint.processes[group].settings.merge(dispatchSettings) { _, given in given }
        }
        if tracking { blueprint.processes.append(.tracking) }
        let harness = try MeshHarness(blueprint)
        let supervisor = try await harness.startSupervisor(processes: 5 + workers + (tracking ? 1 : 0))
        let mesh = DispatchMesh(orders: OrderMesh(mesh: harness), supervisor: supervisor)
        _ = try await harness.call("inventory", "inventory.load", catalog(stock: stock), as: CatalogLoadResult.self)
        try await waitUntil("Orders and every partition to know the catalogue", timeout: .seconds(30)) {
            await mesh.hasApplied("inventory", consumers: ["orders"] + partitioning.instanceNames)
        }
        return mesh
    }

    /// One merchant (Portuguese, so documents are in `pt`, and English for customs) with one listing: TEE-M is
    /// offered by sup_sz, sup_gz, sup_yw and TEE-L by sup_hz, sup_gz, sup_yw, each list cheapest first, so that the
    /// merchant's rank is also the choice's order while the scores are equal (R6).
    static func catalog(stock: Int) -> CatalogLoad {
        func offers(_ ids: [SupplierID]) -> [SupplierOfferRecord] {
            ids.enumerated().map { rank, id in
                SupplierOfferRecord(
                    supplierID: id, productCost: OrderMesh.brl(2200 + 200 * Int64(rank)),
                    shippingCost: OrderMesh.brl(1500), processingFee: OrderMesh.brl(200), referenceLevel: 80)
            }
        }
        let address = Address(
            name: "Loja Azul Devoluções", line1: "Rua Augusta 1500", line2: "Sala 12", city: "São Paulo",
            region: "SP", postalCode: "01304-001", country: "BR")
        return CatalogLoad(
            merchants: [
                MerchantRecord(
                    id: OrderMesh.merchant, name: merchant, email: "vendas@lojaazul.example", returnAddress: address,
                    language: "pt")
            ],
            suppliers: suppliers,
            listings: [
                ListingRecord(
                    id: OrderMesh.listing, merchantID: OrderMesh.merchant, title: "Camiseta de algodão",
                    isActive: true, perOrderLimit: 10,
                    variations: [
                        VariationRecord(
                            sku: "TEE-M", price: OrderMesh.brl(7990), stock: stock,
                            suppliers: offers(["sup_sz", "sup_gz", "sup_yw"])),
                        VariationRecord(
                            sku: "TEE-L", price: OrderMesh.brl(7990), stock: stock,
                            suppliers: offers(["sup_hz", "sup_gz", "sup_yw"])),
                    ],
                    hsCode: "610910", originCountry: "CN", packagingInstructions: packagingInstructions)
            ])
    }

    // MARK: - Orders

    /// Places one unit of `sku` for customer `index` (its own email and idempotency key); returns the order id.
    func place(_ index: Int, sku: String = "TEE-M") async throws -> OrderID {
        var request = orders.placement(email: "c\(index)@example.com", key: "dispatch-\(index)")
        request.sku = sku
        return try await orders.place(request)
    }

    /// Places one order of each of `skus` for customers 0, 1, …, four at a time; returns their ids in that order.
    func place(skus: [String]) async throws -> [OrderID] {
        let lanes = 4
        let placed = try await withThrowingTaskGroup(of: [(Int, OrderID)].self) { group in
            for lane in 0..<lanes {
                group.addTask {
                    var mine: [(Int, OrderID)] = []
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
    func placeAndDispatch(_ count: Int) async throws -> [OrderID] {
        try await placeAndDispatch(skus: Array(repeating: "TEE-M", count: count))
    }

    /// Places one order of each of `skus` (customers 0, 1, …), then as `placeAndDispatch(_:)`.
    func placeAndDispatch(skus: [String]) async throws -> [OrderID] {
        let placed = try await place(skus: skus)
        try await waitForStatus(placed, .held)
        try await advance("8h")
        try await waitForStatus(placed, .dispatched, timeout: .seconds(60))
        return placed
    }

    /// Every order's status, by id (`orders.list`).
    func statuses() async throws -> [OrderID: OrderStatus] {
        let orders = try await orders.list(limit: OrderListRequest.maximumLimit)
        return Dictionary(orders.map { ($0.orderID, $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    /// Waits until every one of `orders` has `status`, showing the statuses seen when it times out.
    func waitForStatus(_ ids: [OrderID], _ status: OrderStatus, timeout: Duration = .seconds(20)) async throws {
        var seen: [String: Int] = [:]
        do {
            try await waitUntil("\(ids.count) orders \(status)", timeout: timeout) {
                guard let all = try? await statuses() else { return false }
                seen = Dictionary(grouping: ids.map { all[$0]?.rawValue ?? "unknown" }, by: { $0 }).mapValues(\.count)
                return seen == [status.rawValue: ids.count]
            }
        } catch {
            throw StatusWaitTimedOut(description: "\(error) Statuses seen: \(seen).")
        }
    }

    func advance(_ duration: String) async throws { try await orders.advance(duration) }

    /// The supervisor's domain time (`clock.now`).
    func clock() async throws -> Date {
        try await mesh.call("supervisor", "clock.now", Empty(), as: ClockReading.self).now
    }

    /// Cancels a released order as its merchant (R15).
    func cancelByMerchant(_ order: OrderID) async throws {
        try await orders.cancel(order, by: .merchant)
    }

    /// The payment's state (`payments.show`).
    func payment(_ order: OrderID) async throws -> AuthorisationState {
        try await orders.payment(order).state
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
