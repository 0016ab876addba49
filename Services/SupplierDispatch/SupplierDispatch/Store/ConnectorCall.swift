import Contracts
import Foundation

/// A call to the supplier connector that a transaction decided and the sender has not completed yet: the
/// purchase order to send (`supplier.purchase_order`) or to withdraw (`supplier.cancel`). Calls of one order
/// are made one at a time, in the order they were decided. `ConnectorCallRecords` keeps them.
struct ConnectorCall: Sendable, Equatable {
    /// What the call does.
    enum Kind: String, Sendable {
        case purchaseOrder = "purchase_order"
        case cancel

        /// The connector's RPC for this kind of call.
        var connectorMethod: String {
            switch self {
            case .purchaseOrder: "supplier.purchase_order"
            case .cancel: "supplier.cancel"
            }
        }

        /// What the connector answers this kind of call with, for error sentences.
        var answerName: String {
            switch self {
            case .purchaseOrder: "purchase order receipt"
            case .cancel: "cancellation reply"
            }
        }
    }

    let id: Int64
    let orderID: OrderID
    let kind: Kind
    let purchaseOrderID: PurchaseOrderID
    /// The request body, JSON; empty when read by `ConnectorCallRecords.next` (`body(of:in:)` reads it).
    let body: Data
}
