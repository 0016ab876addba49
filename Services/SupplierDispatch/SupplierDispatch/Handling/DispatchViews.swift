import Contracts
import Foundation

/// `dispatch.show`'s answer: an order's dispatch and every purchase order of it (R6, R7, R15).
public struct DispatchJobView: Codable, Sendable, Equatable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var releasedAt: Date
    /// A `DispatchStatus` name, e.g. `awaiting_shipment`.
    public var status: String
    /// When an exhausted dispatch will be abandoned and the order refunded.
    public var refundAt: Date?
    public var purchaseOrders: [PurchaseOrderView]

    init(_ job: DispatchJob) {
        orderID = job.orderID
        merchantID = job.order.merchantID
        listingID = job.order.listingID
        sku = job.order.sku
        quantity = job.order.quantity
        releasedAt = job.order.releasedAt
        status = job.status.rawValue
        if case .exhausted(let refundAt) = job.state { self.refundAt = refundAt }
        let open = job.state.openPurchaseOrder?.id
        purchaseOrders = job.purchaseOrders.map { PurchaseOrderView($0, isOpen: $0.id == open) }
    }
}

/// One purchase order as `dispatch.show` and the `purchase_orders.*` answers show it.
public struct PurchaseOrderView: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var attempt: Int
    public var cost: Money
    /// Why this supplier was chosen.
    public var choice: String
    public var isOpen: Bool
    public var sentAt: Date?
    public var acknowledgeBy: Date?
    public var shipBy: Date?
    public var acknowledgedAt: Date?
    /// `shipped`, `cancelled`, or the failure (`rejected`, `out_of_stock`, `not_acknowledged`,
    /// `ship_deadline_missed`); nil while open.
    public var closure: String?
    public var carrier: String?
    public var trackingNumber: String?
    public var shippedAt: Date?
    public var shippedOnTime: Bool?
    /// Who pays for a shipment after cancellation, or for a reshipment (R15).
    public var costBearer: CostBearer?
    /// `wrong_item` or `damaged`, when the customer reported one (R15).
    public var problem: String?
    /// The shipped purchase order this one reships, if it is a reshipment (R15).
    public var reships: PurchaseOrderID?

    init(_ record: PurchaseOrderRecord, isOpen: Bool) {
        purchaseOrderID = record.id
        supplierID = record.supplierID
        attempt = record.plan.attempt
        cost = record.plan.cost
        choice = record.plan.choice
        self.isOpen = isOpen
        sentAt = record.sentAt
        acknowledgeBy = record.acknowledgeBy
        shipBy = record.shipBy
        acknowledgedAt = record.acknowledgedAt
        closure =
            switch record.closure {
            case .shipped: "shipped"
            case .cancelled: "cancelled"
            case .failed(let failure): failure.rawValue
            case nil: nil
            }
        carrier = record.shipment?.carrier
        trackingNumber = record.shipment?.trackingNumber
        shippedAt = record.shipment?.at
        shippedOnTime = record.shipment?.isOnTime
        costBearer = record.shipment?.costBearer ?? record.plan.reshipment?.costBearer
        problem = record.problem?.rawValue
        reships = record.plan.reshipment?.replaces
    }
}

/// `dispatch.list`'s answer: the partition's jobs and how many are in each status.
public struct DispatchJobList: Codable, Sendable, Equatable {
    public var partition: String
    public var counts: [String: Int]
    public var jobs: [DispatchJobView]
    /// Connector calls decided and not yet made.
    public var pendingConnectorCalls: Int
}

/// `dispatch.scorecards`'s answer: the partition's supplier scorecards (R7). Cards are additive: the CLI sums
/// the partitions' cards for the mesh-wide scorecard.
public struct ScorecardList: Codable, Sendable, Equatable {
    public var partition: String
    /// By supplier id.
    public var scorecards: [String: SupplierScorecard]
}

/// The body of `dispatch.show` and `dispatch.retry`.
public struct DispatchReference: Codable, Sendable {
    public var orderID: OrderID
    public init(orderID: OrderID) { self.orderID = orderID }
}

/// The body of `dispatch.list`: an optional status filter and a page size (default 50, at most 500).
public struct DispatchListRequest: Codable, Sendable {
    public var status: String?
    public var limit: Int?
    public init(status: String? = nil, limit: Int? = nil) {
        self.status = status
        self.limit = limit
    }
}

/// The body of `dispatch.report_problem` (R15): a customer's report about the order's shipment, and the
/// merchant's choice of who reships.
public struct ProblemReport: Codable, Sendable {
    public var orderID: OrderID
    /// `wrong_item` or `damaged`.
    public var problem: ShipmentProblem
    /// `same_supplier` or `backup`.
    public var reship: ReshipmentSource

    public init(orderID: OrderID, problem: ShipmentProblem, reship: ReshipmentSource) {
        self.orderID = orderID
        self.problem = problem
        self.reship = reship
    }
}

/// `dispatch.documents`' answer: a purchase order's documents as sent to its supplier (R6, R9), each kind in
/// each of its languages, as HTML to print and JSON to process. The request names the purchase order like
/// `purchase_orders.acknowledge` does (`{"purchaseOrderID": …}`).
public struct PurchaseOrderDocumentList: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var documents: [DocumentRecord]
}
