import Contracts
import Foundation

/// A packing list (`packing_list`) as its JSON carries it: what is in the parcel and where it goes, under the
/// merchant's brand and return address (R6). It has no prices: the parcel may be a gift.
public struct PackingListDocument: Codable, Sendable, Equatable {
    /// One article in the parcel.
    public struct Line: Codable, Sendable, Equatable {
        public var sku: String
        public var title: String
        public var quantity: Int
    }

    public var language: DocumentLanguage
    public var orderID: OrderID
    public var purchaseOrderID: PurchaseOrderID
    public var issuedAt: Date
    /// The merchant's brand and return address (R6).
    public var merchant: DocumentParty
    /// The recipient and the ship-to address.
    public var shipTo: DocumentParty
    public var lines: [Line]
    /// The merchant's packaging instructions, if any (R6).
    public var packagingInstructions: String?
}

extension PackingListDocument {
    /// The packing list of `input` in `language`.
    init(_ input: PurchaseOrderDocumentInput, language: DocumentLanguage) {
        self.init(
            language: language, orderID: input.orderID, purchaseOrderID: input.purchaseOrderID,
            issuedAt: input.issuedAt, merchant: input.merchant, shipTo: input.recipient,
            lines: [Line(sku: input.sku, title: input.title, quantity: input.quantity)],
            packagingInstructions: input.packagingInstructions)
    }
}
