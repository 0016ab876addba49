import Contracts
import Foundation

/// Everything a purchase order's packing list, invoice and commercial invoice say (R6, R9).
///
/// It has no supplier fields, on purpose: the documents travel in a parcel the supplier packs under the
/// merchant's brand, so the supplier's identity has no way into them (R6).
public struct PurchaseOrderDocumentInput: Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    /// When Dispatch issued the purchase order (domain time); the documents' date.
    public var issuedAt: Date
    /// The merchant's brand, printed on every document (R6).
    public var brand: String
    /// The merchant's return address: where returns go, and the exporter's address for customs (R6, R9).
    public var returnAddress: Address
    /// The merchant's language (BCP 47, e.g. `pt`), nil when the merchant named none (R9).
    public var merchantLanguage: String?
    /// The customer who bought, as the invoice names them.
    public var customerName: String
    /// Where the parcel goes; its `country` (ISO 3166-1 alpha-2) is the destination (R9).
    public var shipTo: Address
    public var sku: String
    public var title: String
    public var quantity: Int
    /// What the customer paid per unit; the invoice total and the declared value are this × `quantity` (R9).
    public var unitPrice: Money
    /// The product's 6-digit HS subheading, e.g. `610910`; required for the commercial invoice (R9).
    public var hsCode: String?
    /// ISO 3166-1 alpha-2 country the goods are made in; required for the commercial invoice (R9).
    public var originCountry: String?
    /// The merchant's packaging instructions, printed on the packing list (R6).
    public var packagingInstructions: String?

    /// An input from its fields; `PurchaseOrderDocuments.make(_:)` checks them.
    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, issuedAt: Date, brand: String, returnAddress: Address,
        merchantLanguage: String?, customerName: String, shipTo: Address, sku: String, title: String, quantity: Int,
        unitPrice: Money, hsCode: String?, originCountry: String?, packagingInstructions: String?
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.issuedAt = issuedAt
        self.brand = brand
        self.returnAddress = returnAddress
        self.merchantLanguage = merchantLanguage
        self.customerName = customerName
        self.shipTo = shipTo
        self.sku = sku
        self.title = title
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.hsCode = hsCode
        self.originCountry = originCountry
        self.packagingInstructions = packagingInstructions
    }
}
