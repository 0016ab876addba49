import Foundation

/// One purchase order of a dispatch, as `dispatch.show` lists it and the `purchase_orders.*` methods answer it
/// (R6, R7, R15). Named after Dispatch because the simulated suppliers show purchase orders of their own.
public struct DispatchPurchaseOrderView: Codable, Sendable, Equatable {
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

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, attempt: Int, cost: Money, choice: String,
        isOpen: Bool, sentAt: Date? = nil, acknowledgeBy: Date? = nil, shipBy: Date? = nil,
        acknowledgedAt: Date? = nil, closure: String? = nil, carrier: String? = nil, trackingNumber: String? = nil,
        shippedAt: Date? = nil, shippedOnTime: Bool? = nil, costBearer: CostBearer? = nil, problem: String? = nil,
        reships: PurchaseOrderID? = nil
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.attempt = attempt
        self.cost = cost
        self.choice = choice
        self.isOpen = isOpen
        self.sentAt = sentAt
        self.acknowledgeBy = acknowledgeBy
        self.shipBy = shipBy
        self.acknowledgedAt = acknowledgedAt
        self.closure = closure
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.shippedAt = shippedAt
        self.shippedOnTime = shippedOnTime
        self.costBearer = costBearer
        self.problem = problem
        self.reships = reships
    }
}
