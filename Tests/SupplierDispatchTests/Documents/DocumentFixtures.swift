import Contracts
import Foundation
import SupplierDispatch

/// A purchase order of two organic T-shirts from a Portuguese merchant to a customer in Paris, made in China and
/// shipped by a Chinese supplier whose name must never reach a document (R6).
enum DocumentFixtures {
    /// The supplier of the fixture catalogue: known to Dispatch, never to the documents.
    static let supplierName = "Shenzhen Apparel Co."
    static let supplierID: SupplierID = "sup_shenzhen_apparel"
    static let brand = "Lumen Threads"
    /// 2026-11-21T12:00:00Z.
    static let issuedAt = Date(timeIntervalSince1970: 1_795_262_400)

    static let returnAddress = Address(
        name: "Lumen Threads Returns", line1: "Rua Augusta 100", city: "Lisboa", postalCode: "1100-053",
        country: "PT", phone: "+351 21 000 0000")

    static let shipTo = Address(
        name: "Camille Durand", line1: "12 rue de Grenelle", city: "Paris", postalCode: "75007", country: "FR")

    static func money(_ minorUnits: Int64, _ currency: String) -> Money {
        Money(minorUnits: minorUnits, currency: CurrencyCode(currency)!)
    }

    /// The fixture input; each parameter overrides one field.
    static func input(
        brand: String = brand, merchantLanguage: String? = "pt", customerName: String = "Camille Durand",
        shipTo: Address = shipTo, sku: String = "TEE-ORG-BLK-M", title: String = "Organic cotton T-shirt, black, M",
        quantity: Int = 2, unitPrice: Money = money(1999, "EUR"), hsCode: String? = "610910",
        originCountry: String? = "CN",
        packagingInstructions: String? = "Fold in tissue paper.\nAdd the thank-you card; no flyers."
    ) -> PurchaseOrderDocumentInput {
        PurchaseOrderDocumentInput(
            purchaseOrderID: "po_ord_01JD7_1", orderID: "ord_01JD7", issuedAt: issuedAt, brand: brand,
            returnAddress: returnAddress, merchantLanguage: merchantLanguage, customerName: customerName,
            shipTo: shipTo, sku: sku, title: title, quantity: quantity, unitPrice: unitPrice, hsCode: hsCode,
            originCountry: originCountry, packagingInstructions: packagingInstructions)
    }

    /// The same purchase order built from catalogue records, whose listing names the supplier as its offer.
    static func catalogInput() -> PurchaseOrderDocumentInput {
        let merchant = MerchantRecord(
            id: "mer_lumen", name: brand, email: "orders@lumen.example", returnAddress: returnAddress, language: "pt")
        let offer = SupplierOfferRecord(
            supplierID: supplierID, productCost: money(650, "EUR"), shippingCost: money(300, "EUR"),
            processingFee: money(50, "EUR"))
        let listing = ListingRecord(
            id: "lst_tee", merchantID: merchant.id, title: "Organic cotton T-shirt, black, M",
            variations: [
                VariationRecord(sku: "TEE-ORG-BLK-M", price: money(1999, "EUR"), stock: 40, suppliers: [offer])
            ],
            hsCode: "610910", originCountry: "CN", packagingInstructions: "Fold in tissue paper.")
        return PurchaseOrderDocumentInput(
            purchaseOrderID: "po_ord_01JD7_1", orderID: "ord_01JD7", issuedAt: issuedAt, merchant: merchant,
            listing: listing, sku: "TEE-ORG-BLK-M", quantity: 2, unitPrice: money(1999, "EUR"),
            customerName: "Camille Durand", shipTo: shipTo)
    }

    /// The documents of `input`, which must be valid.
    static func documents(_ input: PurchaseOrderDocumentInput = input()) throws -> [DocumentRecord] {
        try PurchaseOrderDocuments.make(input)
    }

    /// The first record of `kind` (in the merchant's language).
    static func first(_ kind: DocumentKind, in records: [DocumentRecord]) throws -> DocumentRecord {
        guard let record = records.first(where: { $0.kind == kind.rawValue }) else {
            throw FixtureError.missing(kind)
        }
        return record
    }

    enum FixtureError: Error { case missing(DocumentKind) }
}
