import Contracts
import Foundation
import SupplierDispatch

/// Orders, offers and times shared by the dispatch domain tests.
enum Fixture {
    static let usd = CurrencyCode("USD")!
    static let eur = CurrencyCode("EUR")!
    static let orderID: OrderID = "ord_1"
    static let releasedAt = Date(timeIntervalSince1970: 1_795_000_000)
    static let policy = DispatchPolicy()
    static let supplierA: SupplierID = "sup_a"
    static let supplierB: SupplierID = "sup_b"
    static let supplierC: SupplierID = "sup_c"
    static let supplierD: SupplierID = "sup_d"

    /// `hours` after the release.
    static func time(_ hours: Double) -> Date { releasedAt.addingTimeInterval(hours * 3_600) }

    static func money(_ minorUnits: Int64, _ currency: CurrencyCode = usd) -> Money {
        Money(minorUnits: minorUnits, currency: currency)
    }

    /// An offer whose landed cost for one unit is `product + 230` minor units.
    static func offer(_ supplier: SupplierID, product: Int64 = 1_000, currency: CurrencyCode = usd)
        -> SupplierOfferRecord
    {
        SupplierOfferRecord(
            supplierID: supplier, productCost: money(product, currency), shippingCost: money(200, currency),
            processingFee: money(30, currency))
    }

    /// Three offers at the same cost: with no scorecards the merchant's order decides.
    static let offers = [offer(supplierA), offer(supplierB), offer(supplierC)]

    /// The same offers from suppliers whose contract lets them ship a purchase order they have not acknowledged.
    static let offersShippingUnacknowledged = offers.map { offer in
        var unacknowledged = offer
        unacknowledged.shipsWithoutAcknowledgement = true
        return unacknowledged
    }

    static func order(quantity: Int = 1) -> UnfulfilledOrder {
        UnfulfilledOrder(
            orderID: orderID, merchantID: "mer_1", listingID: "lst_1", sku: "SKU-1", quantity: quantity,
            customerName: "Ada Lovelace",
            shippingAddress: Address(
                name: "Ada Lovelace", line1: "1 Main St", city: "Springfield", region: "IL", postalCode: "62701",
                country: "US"),
            releasedAt: releasedAt)
    }

    static func purchaseOrder(_ attempt: Int) -> PurchaseOrderID {
        DispatchPartitioning.purchaseOrderID(order: orderID, attempt: attempt)
    }

    /// A supplier with a long perfect record: score ≈ 99.8.
    static let excellent = SupplierScorecard(
        purchaseOrders: 100, acknowledged: 100, acknowledgeSecondsTotal: 360_000, shipped: 100, shippedOnTime: 100)
    /// A supplier that refused half of 20 purchase orders: score ≈ 85.1.
    static let unreliable = SupplierScorecard(purchaseOrders: 20, rejected: 10)
}

extension DispatchJob {
    /// A job just released with `offers`.
    static func fixture(offers: [SupplierOfferRecord] = Fixture.offers, quantity: Int = 1) -> DispatchJob {
        release(order: Fixture.order(quantity: quantity), offers: offers)
    }

    /// Chooses a supplier and reports the purchase order delivered, and `acknowledged` by the supplier at once;
    /// returns its id.
    @discardableResult
    mutating func dispatch(
        at now: Date, stock: [SupplierID: Int] = [:], scorecards: [SupplierID: SupplierScorecard] = [:],
        acknowledged: Bool = false
    ) throws -> PurchaseOrderID {
        let effects = try chooseSupplier(stock: stock, scorecards: scorecards, policy: Fixture.policy, at: now)
        guard case .sendPurchaseOrder(let plan)? = effects.first else {
            throw FixtureError.noPurchaseOrder(effects)
        }
        _ = try purchaseOrderDelivered(plan.purchaseOrderID, policy: Fixture.policy, at: now)
        if acknowledged { _ = try acknowledge(plan.purchaseOrderID, at: now) }
        return plan.purchaseOrderID
    }
}

/// A fixture step that did not go as the test expected.
enum FixtureError: Error {
    case noPurchaseOrder([DispatchEffect])
}

extension [DispatchEffect] {
    /// The events among the effects, in order.
    var facts: [DispatchFact] {
        compactMap { effect in
            if case .publish(let fact) = effect { fact } else { nil }
        }
    }

    /// The purchase orders the effects ask to send.
    var plans: [PurchaseOrderPlan] {
        compactMap { effect in
            if case .sendPurchaseOrder(let plan) = effect { plan } else { nil }
        }
    }
}
