import Contracts

/// `simulator.suppliers.set`: gives a supplier its own behaviour; `behaviour` left out (or null) returns it to
/// the defaults. Fields left out of `behaviour` take the defaults as they are now.
public struct SetSupplierBehaviourRequest: Codable, Sendable, Equatable {
    public var supplierID: SupplierID
    public var behaviour: SupplierBehaviourChange?

    public init(supplierID: SupplierID, behaviour: SupplierBehaviourChange?) {
        self.supplierID = supplierID
        self.behaviour = behaviour
    }
}

/// One supplier's behaviour, as `simulator.suppliers.set` and `.list` answer.
public struct SupplierBehaviourEntry: Codable, Sendable, Equatable {
    public var supplierID: SupplierID
    /// The behaviour in force.
    public var behaviour: SupplierBehaviour
    /// False when the supplier follows the defaults.
    public var isOverridden: Bool

    public init(supplierID: SupplierID, behaviour: SupplierBehaviour, isOverridden: Bool) {
        self.supplierID = supplierID
        self.behaviour = behaviour
        self.isOverridden = isOverridden
    }
}

/// The answer of `simulator.suppliers.list`: the defaults and every supplier with its own behaviour.
public struct SupplierBehaviourList: Codable, Sendable, Equatable {
    public var defaults: SupplierBehaviour
    /// By supplier id.
    public var suppliers: [SupplierBehaviourEntry]

    public init(defaults: SupplierBehaviour, suppliers: [SupplierBehaviourEntry]) {
        self.defaults = defaults
        self.suppliers = suppliers
    }
}

/// `simulator.purchase_orders`: the purchase orders received, of one supplier or of all, by id, a page at a time.
public struct PurchaseOrderListRequest: Codable, Sendable, Equatable {
    public var supplierID: SupplierID?
    /// The page starts after this id (the previous page's `next`).
    public var after: PurchaseOrderID?
    /// 1…1000, default 100.
    public var limit: Int?

    public init(supplierID: SupplierID? = nil, after: PurchaseOrderID? = nil, limit: Int? = nil) {
        self.supplierID = supplierID
        self.after = after
        self.limit = limit
    }
}

/// The answer of `simulator.purchase_orders`.
public struct PurchaseOrderList: Codable, Sendable, Equatable {
    /// How many purchase orders (of the supplier, or in all) are in each state, over every page.
    public var counts: [String: Int]
    public var purchaseOrders: [PurchaseOrderView]
    /// The `after` of the next page; nil on the last.
    public var next: PurchaseOrderID?

    public init(counts: [String: Int], purchaseOrders: [PurchaseOrderView], next: PurchaseOrderID?) {
        self.counts = counts
        self.purchaseOrders = purchaseOrders
        self.next = next
    }
}
