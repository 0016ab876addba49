import Contracts
import Foundation
import ServiceKit
import SupplierDispatch
import TestSupport

/// The catalogue and orders the dispatch service tests dispatch.
enum DispatchServiceFixtures {
    static let brl = CurrencyCode("BRL")!
    static let merchant = MerchantRecord(
        id: "mer_azul", name: "Loja Azul", email: "vendas@lojaazul.example",
        returnAddress: Address(
            name: "Loja Azul Devoluções", line1: "Rua Augusta 1500", city: "São Paulo", region: "SP",
            postalCode: "01304-001", country: "BR"),
        language: "pt")
    static let suppliers: [SupplierID] = ["sup_sz", "sup_gz", "sup_yw"]

    static func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: brl) }

    /// A tee with three suppliers at the same cost (so the merchant's order decides), an HS code and an origin.
    static func listing(hsCode: String? = "610910", suppliers: [SupplierID] = suppliers) -> ListingRecord {
        ListingRecord(
            id: "lst_tee", merchantID: merchant.id, title: "Camiseta de algodão", perOrderLimit: 10,
            variations: [
                VariationRecord(
                    sku: "TEE-M", price: money(7990), stock: 50,
                    suppliers: suppliers.map {
                        SupplierOfferRecord(
                            supplierID: $0, productCost: money(2200), shippingCost: money(1500),
                            processingFee: money(200))
                    })
            ],
            hsCode: hsCode, originCountry: "CN", packagingInstructions: "Fold around tissue paper.")
    }

    static func released(_ orderID: OrderID, at: Date = DispatchHarness.t0) -> OrderReleased {
        OrderReleased(
            orderID: orderID, cause: .holdEnded,
            unfulfilled: UnfulfilledOrder(
                orderID: orderID, merchantID: merchant.id, listingID: "lst_tee", sku: "TEE-M", quantity: 2,
                unitPrice: money(7990), customerName: "Marie Curie",
                shippingAddress: Address(
                    name: "Marie Curie", line1: "12 Rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR"),
                releasedAt: at),
            at: at)
    }

    static func purchaseOrder(_ orderID: OrderID, _ attempt: Int) -> PurchaseOrderID {
        DispatchPartitioning.purchaseOrderID(order: orderID, attempt: attempt)
    }
}

extension ServiceHarness where Service == DispatchService {
    /// Loads the merchant and `listing` as Inventory publishes them.
    func loadCatalogue(_ listing: ListingRecord = DispatchServiceFixtures.listing()) throws {
        try deliver(
            MerchantUpserted(merchant: DispatchServiceFixtures.merchant, at: clock.now()), on: StreamNames.inventory)
        try deliver(ListingUpserted(listing: listing, at: clock.now()), on: StreamNames.inventory)
    }

    /// Releases `orderID` and answers its first purchase order's connector call.
    func releaseAndSend(_ orderID: OrderID) async throws {
        try deliver(DispatchServiceFixtures.released(orderID, at: clock.now()), on: StreamNames.orders)
        try await answerNextCall()
    }
}
