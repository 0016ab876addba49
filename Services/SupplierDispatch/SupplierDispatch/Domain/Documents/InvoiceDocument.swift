import Contracts
import Foundation

/// The merchant's invoice to the customer (`invoice`) as its JSON carries it (R6): amounts in minor units with
/// their currency.
public struct InvoiceDocument: Codable, Sendable, Equatable {
    /// One invoiced article.
    public struct Line: Codable, Sendable, Equatable {
        public var sku: String
        public var title: String
        public var quantity: Int
        public var unitPrice: Money
        /// `unitPrice` × `quantity`.
        public var total: Money
    }

    public var language: DocumentLanguage
    public var orderID: OrderID
    public var purchaseOrderID: PurchaseOrderID
    public var issuedAt: Date
    /// The merchant's brand and return address (R6).
    public var seller: DocumentParty
    /// The customer's name and ship-to address.
    public var customer: DocumentParty
    public var lines: [Line]
    /// The sum of the lines.
    public var total: Money
}

extension InvoiceDocument {
    /// The invoice of `input` in `language`; `total` is unit price × quantity, checked by `verified()`.
    init(_ input: PurchaseOrderDocumentInput, total: Money, language: DocumentLanguage) {
        let line = Line(
            sku: input.sku, title: input.title, quantity: input.quantity, unitPrice: input.unitPrice, total: total)
        self.init(
            language: language, orderID: input.orderID, purchaseOrderID: input.purchaseOrderID,
            issuedAt: input.issuedAt, seller: input.merchant,
            customer: DocumentParty(name: input.customerName, address: input.shipTo), lines: [line], total: total)
    }
}
