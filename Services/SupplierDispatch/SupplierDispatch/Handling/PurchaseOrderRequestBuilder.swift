import Contracts
import Foundation
import GRDB

/// Builds what a supplier receives for a planned purchase order (R6, R9): the ship-to, the merchant's brand and
/// return address, packaging instructions, the cost, the deadlines, and the branded, multilingual documents.
enum PurchaseOrderRequestBuilder {
    /// The request for `plan`, from the job's order and the partition's catalogue projection.
    /// - Throws: `DispatchHandlingError.unknownMerchant`, or a `DocumentError` naming the catalogue field that
    ///   keeps the documents from being made (an HS code or origin missing): the input is then dead-lettered
    ///   until the catalogue is fixed.
    static func request(
        for plan: PurchaseOrderPlan, of job: DispatchJob, policy: DispatchPolicy, at now: Date, in db: Database
    ) throws -> PurchaseOrderRequest {
        let order = job.order
        guard let listing = try CatalogueRecords.listing(order.listingID, in: db) else {
            throw DispatchHandlingError.unknownOrder(order.orderID)
        }
        guard let merchant = try CatalogueRecords.merchant(order.merchantID, in: db) else {
            throw DispatchHandlingError.unknownMerchant(order.merchantID, order: order.orderID)
        }
        let price =
            order.unitPrice ?? listing.variations.first { $0.sku == order.sku }?.price ?? .zero(plan.cost.currency)
        let input = PurchaseOrderDocumentInput(
            purchaseOrderID: plan.purchaseOrderID, orderID: order.orderID, issuedAt: now, merchant: merchant,
            listing: listing, sku: order.sku, quantity: order.quantity, unitPrice: price,
            customerName: order.customerName, shipTo: order.shippingAddress)
        return PurchaseOrderRequest(
            purchaseOrderID: plan.purchaseOrderID, supplierID: plan.supplierID, orderID: order.orderID,
            listingID: order.listingID, sku: order.sku, title: listing.title, quantity: order.quantity,
            shipTo: order.shippingAddress, brand: merchant.name, returnAddress: merchant.returnAddress,
            packagingInstructions: listing.packagingInstructions, cost: plan.cost,
            acknowledgeBy: now.addingTimeInterval(policy.acknowledgeWithin),
            shipBy: now.addingTimeInterval(policy.shipWithin), documents: try PurchaseOrderDocuments.make(input),
            sentAt: now, shipping: plan.shipping)
    }
}
