import Contracts
import Foundation

extension PurchaseOrderDocumentInput {
    /// The input for one purchase order of `listing`, sold by `merchant`: brand, return address and language from
    /// the merchant (R6, R9), title, HS code, origin and packaging instructions from the listing, and the rest
    /// from the order. `unitPrice` is what the customer paid per unit, not the supplier's cost.
    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, issuedAt: Date, merchant: MerchantRecord,
        listing: ListingRecord, sku: String, quantity: Int, unitPrice: Money, customerName: String, shipTo: Address
    ) {
        self.init(
            purchaseOrderID: purchaseOrderID, orderID: orderID, issuedAt: issuedAt, brand: merchant.name,
            returnAddress: merchant.returnAddress, merchantLanguage: merchant.language, customerName: customerName,
            shipTo: shipTo, sku: sku, title: listing.title, quantity: quantity, unitPrice: unitPrice,
            hsCode: listing.hsCode, originCountry: listing.originCountry,
            packagingInstructions: listing.packagingInstructions)
    }
}
