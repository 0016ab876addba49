/// How released orders are split among Dispatch's partitions (R6): each order belongs to exactly one partition,
/// chosen by a stable hash of its id, and each partition has its own store, stream (`dispatch.p<k>`) and
/// endpoints, hosted by one dispatch worker at a time. Senders of purchase-order calls use it to find the
/// partition that owns a purchase order.
public struct DispatchPartitioning: Sendable, Equatable {
    /// The service name of the dispatch workers, and the prefix of the partitions' instance names.
    public static let serviceName = "dispatch"

    /// How many partitions the mesh has (the `dispatch` service's `partitions` setting); fixed for a mesh's life.
    public let count: Int

    public init(count: Int) {
        precondition(count > 0, "a mesh has at least one dispatch partition")
        self.count = count
    }

    /// The partition (0 ..< count) that owns `order`: FNV-1a 64 of its UTF-8 bytes, modulo `count`.
    public func partition(of order: OrderID) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in order.rawValue.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }

    /// The partition that owns `purchaseOrder`, or nil when the id is not a Dropline purchase order id.
    public func partition(of purchaseOrder: PurchaseOrderID) -> Int? {
        Self.orderID(of: purchaseOrder).map { partition(of: $0) }
    }

    /// The instance name (and stream name) of partition `index`: `dispatch.p3`.
    public static func instanceName(of index: Int) -> String { "\(serviceName).p\(index)" }

    /// The partitions' instance names, in order.
    public var instanceNames: [String] { (0..<count).map(Self.instanceName) }

    /// `po_<order id>_<attempt>`.
    public static func purchaseOrderID(order: OrderID, attempt: Int) -> PurchaseOrderID {
        PurchaseOrderID(rawValue: "po_\(order.rawValue)_\(attempt)")
    }

    /// The order a purchase order id names, or nil when it is not of the form `po_<order id>_<attempt>`.
    public static func orderID(of purchaseOrder: PurchaseOrderID) -> OrderID? {
        let text = purchaseOrder.rawValue
        guard text.hasPrefix("po_"), let separator = text.lastIndex(of: "_") else { return nil }
        let order = text[text.index(text.startIndex, offsetBy: 3)..<separator]
        let attempt = text[text.index(after: separator)...]
        guard !order.isEmpty, let number = Int(attempt), number > 0 else { return nil }
        return OrderID(rawValue: String(order))
    }
}
