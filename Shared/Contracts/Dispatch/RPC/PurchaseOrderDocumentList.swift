/// `dispatch.documents`' answer: a purchase order's documents as sent to its supplier (R6, R9), each kind in each
/// of its languages, as HTML to print and JSON to process, in the order they were made.
public struct PurchaseOrderDocumentList: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var documents: [DocumentRecord]

    public init(purchaseOrderID: PurchaseOrderID, documents: [DocumentRecord]) {
        self.purchaseOrderID = purchaseOrderID
        self.documents = documents
    }
}
