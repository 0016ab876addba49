import Contracts
import Foundation
import ServiceKit
import TestSupport

@testable import SupplierDispatch

/// One dispatch partition on the shared harness: a real store in a temporary folder, events through its stream
/// handlers, simulated time through the clock and durable timers, RPCs through its router, and the supplier
/// connector's answers through its `ConnectorAnswers`. No sockets.
typealias DispatchHarness = ServiceHarness<DispatchService>

/// `answerNextCall` found no connector call to answer.
struct NoPendingCall: Error, CustomStringConvertible {
    var description: String { "no connector call pending" }
}

extension ServiceHarness where Service == DispatchService {
    /// The domain time every harness starts at.
    static var t0: Date { Date(timeIntervalSince1970: 1_795_000_000) }

    /// `hours` after `t0`.
    static func t(hours: Double) -> Date { t0.addingTimeInterval(hours * 3600) }

    /// Partition 0 of a single partition, so that tests may use any order id.
    convenience init(settings: DispatchSettings = DispatchSettings()) throws {
        try self.init(
            stream: DispatchPartitioning.instanceName(of: 0), start: Self.t0, migrations: DispatchStore.migrate
        ) { parts in
            DispatchService(parts: parts, settings: settings, partitioning: DispatchPartitioning(count: 1), index: 0)
        }
    }

    // MARK: - Supplier connector

    /// The connector calls waiting to be made, the first of each order, with their bodies.
    func pendingCalls() throws -> [ConnectorCall] {
        try read { db in
            try ConnectorCallRecords.next(limit: 100, skipping: [], in: db).map { call in
                ConnectorCall(
                    id: call.id, orderID: call.orderID, kind: call.kind, purchaseOrderID: call.purchaseOrderID,
                    body: try ConnectorCallRecords.body(of: call, in: db))
            }
        }
    }

    /// Answers the next pending call as the connector would, as the supplier the call names: a receipt for a
    /// purchase order, `outcome` for a cancellation; returns the call.
    @discardableResult
    func answerNextCall(outcome: WithdrawalOutcome = .cancelled) async throws -> ConnectorCall {
        guard let call = try pendingCalls().first else { throw NoPendingCall() }
        let body: Data =
            switch call.kind {
            case .purchaseOrder:
                try JSONCoding.encoder.encode(
                    PurchaseOrderReceipt(
                        purchaseOrderID: call.purchaseOrderID, supplierID: try request(of: call).supplierID,
                        supplierReference: nil))
            case .cancel:
                try JSONCoding.encoder.encode(
                    PurchaseOrderCancellationReply(
                        supplierID: try JSONCoding.decoder.decode(PurchaseOrderCancellation.self, from: call.body)
                            .supplierID,
                        outcome: outcome.rawValue))
            }
        try await service.answers.settle(call, outcome: .answered(body))
        return call
    }

    /// The purchase order request of a pending call.
    func request(of call: ConnectorCall) throws -> PurchaseOrderRequest {
        try JSONCoding.decoder.decode(PurchaseOrderRequest.self, from: call.body)
    }

    // MARK: - RPCs

    /// The order's dispatch (`dispatch.show`).
    func show(_ orderID: OrderID) async throws -> DispatchJobView {
        try await call("dispatch.show", DispatchReference(orderID: orderID), as: DispatchJobView.self)
    }
}
