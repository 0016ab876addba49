import Contracts
import Foundation
import Streams
import TestSupport

/// The domain mesh (inventory, payments, fraud-hold, orders) under a supervisor on simulated time, driven
/// through the services' real RPCs, with JSON read loosely so the tests read like the CLI's output.
struct OrderMesh {
    let mesh: MeshHarness

    /// The four services; `reviewThreshold` raises fraud-hold's threshold (many orders from one test card
    /// would otherwise all go to review under the velocity rules).
    static func services(reviewThreshold: Int) -> String {
        """
          inventory:
            executable: dropline-inventory
          payments:
            executable: dropline-payments
          fraud-hold:
            executable: dropline-fraud-hold
            settings:
              review_threshold: \(reviewThreshold)
          orders:
            executable: dropline-orders
        """
    }

    /// Starts the four services on simulated time and loads a merchant with one listing of `stock` units.
    static func start(stock: Int = 10, reviewThreshold: Int = 50) async throws -> OrderMesh {
        let mesh = try MeshHarness(
            services: services(reviewThreshold: reviewThreshold), extra: "clock:\n  mode: simulated")
        _ = try await mesh.startSupervisor(processes: 4)
        let orders = OrderMesh(mesh: mesh)
        _ = try await orders.call("inventory", "inventory.load", catalog(stock: stock))
        try await waitUntil("orders knows the listing") { try await orders.listingKnownToOrders() }
        return orders
    }

    static func catalog(stock: Int) -> [String: Any] {
        let address: [String: Any] = [
            "name": "Loja Azul", "line1": "Rua Augusta 1500", "city": "São Paulo", "region": "SP",
            "postalCode": "01304-001", "country": "BR",
        ]
        return [
            "merchants": [
                ["id": "mer_azul", "name": "Loja Azul", "email": "vendas@lojaazul.example", "returnAddress": address]
            ],
            "suppliers": [["id": "sup_sz", "name": "Shenzhen Apparel", "email": "ops@sz.example"]],
            "listings": [
                [
                    "id": "lst_tee", "merchantID": "mer_azul", "title": "Camiseta", "isActive": true,
                    "perOrderLimit": 10,
                    "variations": [
                        [
                            "sku": "TEE-M", "price": ["minorUnits": 7990, "currency": "BRL"], "stock": stock,
                            "suppliers": [
                                [
                                    "supplierID": "sup_sz", "productCost": ["minorUnits": 2500, "currency": "BRL"],
                                    "shippingCost": ["minorUnits": 900, "currency": "BRL"],
                                    "processingFee": ["minorUnits": 100, "currency": "BRL"],
                                ]
                            ],
                        ]
                    ],
                ]
            ],
        ]
    }

    /// A placement of `quantity` TEE-M shipped to São Paulo.
    func placement(
        email: String = "ana@example.com", quantity: Int = 1, token: String = "tok_visa_br", key: String? = nil
    ) -> [String: Any] {
        var request: [String: Any] = [
            "listingID": "lst_tee", "sku": "TEE-M", "quantity": quantity,
            "unitPrice": ["minorUnits": 7990, "currency": "BRL"],
            "customer": ["name": "Ana Souza", "email": email],
            "shippingAddress": [
                "name": "Ana Souza", "line1": "Rua Augusta 1500", "city": "São Paulo", "region": "SP",
                "postalCode": "01304-001", "country": "BR",
            ],
            "paymentToken": token,
        ]
        request["idempotencyKey"] = key
        return request
    }

    /// Calls an RPC with a JSON object; returns the decoded JSON object.
    func call(_ instance: String, _ method: String, _ body: [String: Any], timeout: Duration = .seconds(10))
        async throws -> [String: Any]
    {
        let data = try JSONSerialization.data(withJSONObject: body)
        let reply = try await mesh.client(instance).call(method, body: data, timeout: timeout)
        return (try JSONSerialization.jsonObject(with: reply) as? [String: Any]) ?? [:]
    }

    /// Places an order; returns its id.
    func place(_ request: [String: Any]) async throws -> String {
        let order = try await call("orders", "orders.place", request, timeout: .seconds(15))
        return try requireString(order["orderID"])
    }

    func status(_ order: String) async throws -> String? {
        try await call("orders", "orders.show", ["orderID": order])["status"] as? String
    }

    func waitForStatus(_ order: String, _ expected: String) async throws {
        try await waitUntil("\(order) to be \(expected)") { try await status(order) == expected }
    }

    func advance(_ duration: String) async throws {
        _ = try await call("supervisor", "clock.advance", ["by": duration])
    }

    /// Available, reserved and sold units of TEE-M.
    func stock() async throws -> (available: Int, reserved: Int, sold: Int) {
        let listing = try await call("inventory", "inventory.listing", ["listingID": "lst_tee"])
        let variation = (listing["variations"] as? [[String: Any]])?.first ?? [:]
        return (
            variation["available"] as? Int ?? -1, variation["reserved"] as? Int ?? -1, variation["sold"] as? Int ?? -1
        )
    }

    /// The `.eml` files delivered so far.
    func mails() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: "\(mesh.statePath)/maildir/new"))?.sorted() ?? []
    }

    /// Whether Orders' copy of the catalogue has the listing: a placement of an unknown SKU (refused, so nothing
    /// is stored) is refused for its `sku` once the listing is known, for its `listingID` before.
    private func listingKnownToOrders() async throws -> Bool {
        var probe = placement()
        probe["sku"] = "NO-SUCH-SKU"
        do {
            _ = try await call("orders", "orders.place", probe)
            return false
        } catch RPCCallError.failed(let failure) {
            return failure.errors?.contains { $0.field == "sku" } == true
        }
    }
}

/// A non-empty string from loosely typed JSON, or an error naming what was there instead.
func requireString(_ value: Any?) throws -> String {
    guard let text = value as? String, !text.isEmpty else {
        throw UnexpectedJSON(value: "\(String(describing: value))")
    }
    return text
}

/// A reply did not have the shape a test expected.
struct UnexpectedJSON: Error {
    let value: String
}
