import Contracts
import Foundation
import Streams
import TestSupport

/// The domain mesh (inventory, payments, fraud-hold, orders) under a supervisor on simulated time, driven
/// through the services' real RPCs: requests and answers are the contract types.
struct OrderMesh {
    static let merchant: MerchantID = "mer_azul"
    static let listing: ListingID = "lst_tee"

    let mesh: MeshHarness

    /// Starts the four services on simulated time and loads a merchant with one listing of `stock` units;
    /// `reviewThreshold` is fraud-hold's (many orders from one test card would otherwise all go to review under
    /// the velocity rules).
    static func start(stock: Int = 10, reviewThreshold: Int = 50) async throws -> OrderMesh {
        let mesh = try MeshHarness(.orderDomain(reviewThreshold: reviewThreshold))
        _ = try await mesh.startSupervisor(processes: 4)
        let orders = OrderMesh(mesh: mesh)
        _ = try await mesh.call("inventory", "inventory.load", catalog(stock: stock), as: CatalogLoadResult.self)
        try await waitUntil("orders knows the listing") { try await orders.listingKnownToOrders() }
        return orders
    }

    /// An amount in Brazilian reais.
    static func brl(_ minorUnits: Int64) -> Money {
        Money(minorUnits: minorUnits, currency: CurrencyCode("BRL")!)
    }

    /// One merchant with one listing: TEE-M at 79.90 BRL, shipped by one supplier.
    static func catalog(stock: Int) -> CatalogLoad {
        let address = Address(
            name: "Loja Azul", line1: "Rua Augusta 1500", city: "São Paulo", region: "SP", postalCode: "01304-001",
            country: "BR")
        let offer = SupplierOfferRecord(
            supplierID: "sup_sz", productCost: brl(2500), shippingCost: brl(900), processingFee: brl(100))
        return CatalogLoad(
            merchants: [
                MerchantRecord(
                    id: merchant, name: "Loja Azul", email: "vendas@lojaazul.example", returnAddress: address)
            ],
            suppliers: [SupplierRecord(id: "sup_sz", name: "Shenzhen Apparel", email: "ops@sz.example")],
            listings: [
                ListingRecord(
                    id: listing, merchantID: merchant, title: "Camiseta", isActive: true, perOrderLimit: 10,
                    variations: [VariationRecord(sku: "TEE-M", price: brl(7990), stock: stock, suppliers: [offer])],
                    hsCode: "610910", originCountry: "CN")
            ])
    }

    /// A placement of `quantity` TEE-M shipped to São Paulo.
    func placement(
        email: String = "ana@example.com", quantity: Int = 1, token: String = "tok_visa_br", key: String? = nil
    ) -> PlacementRequest {
        PlacementRequest(
            listingID: Self.listing, sku: "TEE-M", quantity: quantity,
            unitPrice: PlacementRequest.Price(minorUnits: 7990, currency: "BRL"),
            customer: PlacementRequest.Customer(name: "Ana Souza", email: email),
            shippingAddress: Address(
                name: "Ana Souza", line1: "Rua Augusta 1500", city: "São Paulo", region: "SP",
                postalCode: "01304-001", country: "BR"),
            paymentToken: token, idempotencyKey: key)
    }

    /// Places an order (`orders.place`); returns its id.
    func place(_ request: PlacementRequest, timeout: Duration = .seconds(15)) async throws -> OrderID {
        try await mesh.call("orders", "orders.place", request, as: OrderSummary.self, timeout: timeout).orderID
    }

    /// The order as `orders.show` answers it.
    func order(_ order: OrderID) async throws -> OrderDetail {
        try await mesh.call("orders", "orders.show", OrderReference(orderID: order), as: OrderDetail.self)
    }

    func status(_ order: OrderID) async throws -> OrderStatus {
        try await self.order(order).status
    }

    func waitForStatus(_ order: OrderID, _ expected: OrderStatus) async throws {
        try await waitUntil("\(order) to be \(expected)") { try await status(order) == expected }
    }

    /// Every order, latest first (`orders.list`, at most `limit`).
    func list(limit: Int? = nil) async throws -> [OrderSummary] {
        try await mesh.call("orders", "orders.list", OrderListRequest(limit: limit), as: OrderList.self).orders
    }

    /// The merchant's Unfulfilled Orders queue (`orders.unfulfilled`).
    func unfulfilled() async throws -> UnfulfilledQueueView {
        try await mesh.call(
            "orders", "orders.unfulfilled", UnfulfilledRequest(merchantID: Self.merchant),
            as: UnfulfilledQueueView.self)
    }

    /// Cancels an order (`orders.cancel`): as its customer during the hold, or as its merchant after release.
    @discardableResult
    func cancel(_ order: OrderID, by canceller: OrderCancellationRequest.Canceller? = nil) async throws
        -> OrderSummary
    {
        try await mesh.call(
            "orders", "orders.cancel", OrderCancellationRequest(orderID: order, by: canceller), as: OrderSummary.self)
    }

    /// The order's payment authorisation (`payments.show`).
    func payment(_ order: OrderID) async throws -> AuthorisationView {
        try await mesh.call("payments", "payments.show", PaymentReference(orderID: order), as: AuthorisationView.self)
    }

    /// A reviewer approves the order's open review (`fraud.approve`).
    func approve(_ order: OrderID) async throws {
        _ = try await mesh.call(
            "fraud-hold", "fraud.approve", ApproveReviewRequest(orderID: order, reviewer: "ops"),
            as: FraudReviewApproved.self)
    }

    /// A reviewer rejects the order's open review (`fraud.reject`).
    func reject(_ order: OrderID, reason: String) async throws {
        _ = try await mesh.call(
            "fraud-hold", "fraud.reject", ReasonedReviewRequest(orderID: order, reviewer: "ops", reason: reason),
            as: FraudReviewRejected.self)
    }

    /// Moves simulated time forward (`clock.advance`); returns the new time.
    @discardableResult
    func advance(_ duration: String) async throws -> Date {
        try await mesh.call("supervisor", "clock.advance", AdvanceRequest(by: duration), as: ClockReading.self).now
    }

    /// Available, reserved and sold units of TEE-M (`inventory.listing`).
    func stock() async throws -> VariationStockView {
        let listing = try await mesh.call(
            "inventory", "inventory.listing", ListingRequest(listingID: Self.listing), as: ListingView.self)
        guard let variation = listing.variations.first(where: { $0.sku == "TEE-M" }) else {
            throw UnexpectedAnswer(description: "no TEE-M in \(listing)")
        }
        return variation
    }

    /// The `.eml` files delivered so far.
    func mails() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: "\(mesh.statePath)/maildir/new"))?.sorted() ?? []
    }

    /// Whether Orders' copy of the catalogue has the listing: a placement of an unknown SKU (refused, so nothing
    /// is stored) is refused for its `sku` once the listing is known, for its `listingID` before.
    private func listingKnownToOrders() async throws -> Bool {
        var probe = placement()
        probe.sku = "NO-SUCH-SKU"
        do {
            _ = try await place(probe, timeout: .seconds(10))
            return false
        } catch RPCCallError.failed(let failure) {
            return failure.errors?.contains { $0.field == "sku" } == true
        }
    }
}
