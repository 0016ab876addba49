import Contracts
import Foundation
import ServiceKit
import SimulatedCustomers
import Streams

/// The demo's people at work on the mesh's RPCs: customers placing and cancelling orders (R1, R4, R15), and a
/// reviewer working the fraud review queue (R4) who, knowing which generated orders are fraudulent, rejects those
/// and approves the rest.
struct DemoDesk {
    let orders: RPCClient
    let fraudHold: RPCClient
    /// Makes each run's idempotency keys its own, so that a run with `--keep` places new orders.
    let keyPrefix: String

    /// Places `order`; the order id, or the refusal's code and message.
    func place(_ order: GeneratedOrder) async -> Result<OrderID, RPCFailure> {
        var placement = order.placement
        placement.idempotencyKey = "\(keyPrefix)-\(order.index)"
        do {
            let body = try DomainTime.makeEncoder().encode(placement)
            let reply = try await orders.call("orders.place", body: body, timeout: .seconds(15))
            return .success(try DomainTime.makeDecoder().decode(OrderReference.self, from: reply).orderID)
        } catch RPCCallError.failed(let failure) {
            return .failure(failure)
        } catch {
            return .failure(RPCFailure(code: "unavailable", message: "\(error)"))
        }
    }

    /// The customer cancels `order` during its hold; false when the order had already moved on (released,
    /// declined, rejected) or the call failed.
    func cancel(_ order: OrderID) async -> Bool {
        let body = Data(#"{"orderID":"\#(order.rawValue)","by":"customer"}"#.utf8)
        return (try? await orders.call("orders.cancel", body: body)) != nil
    }

    /// The orders waiting for a reviewer.
    func reviewQueue() async throws -> [OrderID] {
        let reply = try await fraudHold.call("fraud.queue", body: Data("{}".utf8))
        return try DomainTime.makeDecoder().decode(ReviewQueue.self, from: reply).entries.map(\.orderID)
    }

    /// Approves, or rejects a fraudulent order; false when the decision was refused.
    func review(_ order: OrderID, fraudulent: Bool) async -> Bool {
        var request = ["orderID": order.rawValue, "reviewer": "demo reviewer"]
        if fraudulent { request["reason"] = "Card and identity do not match the customer (demo reviewer)" }
        guard let body = try? JSONSerialization.data(withJSONObject: request) else { return false }
        return (try? await fraudHold.call(fraudulent ? "fraud.reject" : "fraud.approve", body: body)) != nil
    }

    /// What `orders.place` answers, as far as the demo reads it.
    private struct OrderReference: Decodable {
        var orderID: OrderID
    }

    /// What `fraud.queue` answers, as far as the demo reads it.
    private struct ReviewQueue: Decodable {
        struct Entry: Decodable { var orderID: OrderID }
        var entries: [Entry]
    }
}
