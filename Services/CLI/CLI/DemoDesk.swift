import Contracts
import SimulatedCustomers
import Streams

/// The demo's people at work on the mesh's RPCs: customers placing and cancelling orders (R1, R4, R15) and
/// confirming receipt of a parcel (R11), and a reviewer working the fraud review queue (R4) who, knowing which generated orders are fraudulent, rejects those
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
            let summary = try await orders.call(
                "orders.place", params: placement, as: OrderSummary.self, timeout: .seconds(15))
            return .success(summary.orderID)
        } catch RPCCallError.failed(let failure) {
            return .failure(failure)
        } catch {
            return .failure(RPCFailure(code: "unavailable", message: "\(error)"))
        }
    }

    /// The customer cancels `order` during its hold; false when the order had already moved on (released,
    /// declined, rejected) or the call failed.
    func cancel(_ order: OrderID) async -> Bool {
        let request = OrderCancellationRequest(orderID: order, by: .customer)
        return (try? await orders.call("orders.cancel", params: request, as: OrderSummary.self)) != nil
    }

    /// R11: the customer confirms `order` arrived; false when the call was refused or failed.
    func confirmDelivery(_ order: OrderID) async -> Bool {
        let request = OrderReference(orderID: order)
        return (try? await orders.call("orders.confirm_delivery", params: request, as: OrderSummary.self)) != nil
    }

    /// The orders waiting for a reviewer.
    func reviewQueue() async throws -> [OrderID] {
        try await fraudHold.call("fraud.queue", params: ReviewQueueRequest(), as: ReviewQueueResult.self).entries
            .map(\.orderID)
    }

    /// Approves, or rejects a fraudulent order; false when the decision was refused.
    func review(_ order: OrderID, fraudulent: Bool) async -> Bool {
        let reviewer = "demo reviewer"
        guard fraudulent else {
            let request = ApproveReviewRequest(orderID: order, reviewer: reviewer)
            return (try? await fraudHold.call("fraud.approve", params: request, as: FraudReviewApproved.self)) != nil
        }
        let request = ReasonedReviewRequest(
            orderID: order, reviewer: reviewer, reason: "Card and identity do not match the customer (demo reviewer)")
        return (try? await fraudHold.call("fraud.reject", params: request, as: FraudReviewRejected.self)) != nil
    }
}
