import Contracts
import Foundation
import Testing

/// One event payload of every type in Contracts, with every optional field set, for the contract tests.
///
/// Add a sample here with every new `EventPayload`: the tests check names, JSON round trips and id encoding for
/// exactly this list, and `EventSamples.count` makes a forgotten sample fail loudly.
struct EventSample: Sendable, CustomTestStringConvertible {
    let payload: any EventPayload
    /// Encodes the payload with the bus encoder, decodes it with the bus decoder, and compares the result.
    let roundTrips: @Sendable () throws -> Bool

    init<Payload: EventPayload & Equatable>(_ payload: Payload) {
        self.payload = payload
        roundTrips = {
            let data = try DomainTime.makeEncoder().encode(payload)
            return try DomainTime.makeDecoder().decode(Payload.self, from: data) == payload
        }
    }

    /// `order.placed`, …
    var eventType: String { type(of: payload).eventType }

    /// The payload as the bus carries it.
    func json() throws -> Data { try DomainTime.makeEncoder().encode(payload) }

    var testDescription: String { eventType }
}

enum EventSamples {
    /// The number of `EventPayload` types Contracts defines: `clock` 1, `orders` 11, `inventory` 8 + catalogue 3,
    /// `payments` 5, `fraud` 5, `dispatch` 9.
    static let count = 42
    static let purchaseOrder = DispatchPartitioning.purchaseOrderID(order: "ord_1", attempt: 1)

    static let t0 = DomainTime.parse("2026-11-21T12:00:00.000Z")!
    static func t(_ minutes: Int) -> Date { t0.addingTimeInterval(Double(minutes) * 60) }

    static let euro = CurrencyCode("EUR")!
    static let price = Money(minorUnits: 1999, currency: euro)
    static let total = Money(minorUnits: 3998, currency: euro)
    static let address = Address(
        name: "Ana Souza", line1: "Rua Augusta 1500", line2: "Apto 12", city: "São Paulo", region: "SP",
        postalCode: "01304-001", country: "BR", phone: "+55 11 3149-5959")
    static let card = CardDetails(fingerprint: "fp_1f0c", brand: "visa", last4: "0002", country: CountryCode("BR"))
    static let reasons = [
        RiskReason(
            ruleID: "country_mismatch", weight: 25, explanation: "Card issued in Brazil (BR) but shipping to US"),
        RiskReason(ruleID: "disposable_email", weight: 25, explanation: "Email domain yopmail.com is disposable"),
    ]
    static let unfulfilled = UnfulfilledOrder(
        orderID: "ord_1", merchantID: "mer_1", listingID: "lst_1", sku: "TEE-M", quantity: 2,
        customerName: "Ana Souza", shippingAddress: address, releasedAt: t(480))

    static let all: [EventSample] = [
        EventSample(ClockAdvanced(now: t0)),
        // catalogue
        EventSample(
            MerchantUpserted(
                merchant: MerchantRecord(
                    id: "mer_1", name: "Loja Azul", email: "vendas@lojaazul.example", returnAddress: address,
                    language: "pt"),
                at: t0)),
        EventSample(
            SupplierUpserted(
                supplier: SupplierRecord(id: "sup_1", name: "Shenzhen Tees", email: "ops@sztees.example"), at: t0)),
        EventSample(
            ListingUpserted(
                listing: ListingRecord(
                    id: "lst_1", merchantID: "mer_1", title: "Camiseta", perOrderLimit: 10,
                    variations: [
                        VariationRecord(
                            sku: "TEE-M", price: price, stock: 40,
                            suppliers: [
                                SupplierOfferRecord(
                                    supplierID: "sup_1", productCost: price, shippingCost: price, processingFee: price,
                                    referenceLevel: 100)
                            ])
                    ]),
                at: t0)),
        // orders
        EventSample(
            OrderPlaced(
                orderID: "ord_1", merchantID: "mer_1", listingID: "lst_1", sku: "TEE-M", quantity: 2,
                unitPrice: price, total: total, customerName: "Ana Souza", customerEmail: "ana@example.com",
                shippingAddress: address, at: t0)),
        EventSample(OrderAwaitingPayment(orderID: "ord_1", at: t(1))),
        EventSample(OrderHeld(orderID: "ord_1", holdUntil: t(480), at: t(2))),
        EventSample(OrderUnderReview(orderID: "ord_1", reasons: ["velocity_1h"], at: t(3))),
        EventSample(OrderReleased(orderID: "ord_1", cause: .holdEnded, unfulfilled: unfulfilled, at: t(480))),
        EventSample(OrderDeclined(orderID: "ord_1", reason: "insufficient_funds", at: t(4))),
        EventSample(OrderCancelled(orderID: "ord_1", cause: .customerCancelled, at: t(5))),
        // inventory
        EventSample(
            StockReserved(listingID: "lst_1", orderID: "ord_1", sku: "TEE-M", quantity: 2, expiresAt: t(2), at: t0)),
        EventSample(StockConfirmed(listingID: "lst_1", orderID: "ord_1", sku: "TEE-M", quantity: 2, at: t(1))),
        EventSample(
            StockReleased(
                listingID: "lst_1", orderID: "ord_1", sku: "TEE-M", quantity: 2, reason: .expired, at: t(2))),
        EventSample(StockSold(listingID: "lst_1", orderID: "ord_1", sku: "TEE-M", quantity: 2, at: t(600))),
        EventSample(ListingSoldOut(listingID: "lst_1", sku: "TEE-M", at: t0)),
        EventSample(ListingBackInStock(listingID: "lst_1", sku: "TEE-M", available: 3, at: t(15))),
        EventSample(
            SupplierStockUpdated(
                listingID: "lst_1", supplierID: "sup_1", sku: "TEE-M", quantity: 1, referenceLevel: 10, available: 0,
                at: t(15))),
        EventSample(
            SupplierStockRanLow(
                listingID: "lst_1", sku: "TEE-M", supplierID: "sup_1", merchantID: "mer_1", quantity: 1,
                referenceLevel: 10, at: t(15))),
        // payments
        EventSample(
            PaymentAuthorised(
                orderID: "ord_1", authorisationID: "auth_1", amount: total, card: card, authorisedAt: t(1))),
        EventSample(
            PaymentDeclined(
                orderID: "ord_1", amount: total, reason: .gatewayUnavailable, card: card, attempts: 5,
                declinedAt: t(15))),
        EventSample(PaymentVoided(orderID: "ord_1", authorisationID: "auth_1", amount: total, voidedAt: t(5))),
        EventSample(
            PaymentCaptured(orderID: "ord_1", authorisationID: "auth_1", amount: total, capturedAt: t(480))),
        EventSample(
            PaymentRefunded(orderID: "ord_1", authorisationID: "auth_1", amount: total, refundedAt: t(900))),
        // orders after release
        EventSample(OrderDispatched(orderID: "ord_1", supplierID: "sup_1", purchaseOrderID: purchaseOrder, at: t(481))),
        EventSample(
            OrderShipped(
                orderID: "ord_1", supplierID: "sup_1", carrier: "China Post", trackingNumber: "LZ123456785CN",
                at: t(2000))),
        EventSample(OrderRefunded(orderID: "ord_1", cause: .dispatchAbandoned, at: t(9000))),
        EventSample(
            OrderDispatchExhausted(
                orderID: "ord_1", merchantID: "mer_1",
                attempts: [DispatchAttempt(supplierID: "sup_1", failure: .rejected)], refundAt: t(5000), at: t(600))),
        // dispatch
        EventSample(
            PurchaseOrderSent(
                purchaseOrderID: purchaseOrder, orderID: "ord_1", merchantID: "mer_1", listingID: "lst_1",
                supplierID: "sup_1", attempt: 1, sku: "TEE-M", quantity: 2, cost: price, choice: "rank 1 of 1",
                releasedAt: t(480), isLate: false, acknowledgeBy: t(1920), shipBy: t(3360), at: t(481))),
        EventSample(
            PurchaseOrderAcknowledged(purchaseOrderID: purchaseOrder, orderID: "ord_1", supplierID: "sup_1", at: t(500))
        ),
        EventSample(
            PurchaseOrderFailed(
                purchaseOrderID: purchaseOrder, orderID: "ord_1", supplierID: "sup_1", failure: .outOfStock,
                detail: "none left", at: t(510))),
        EventSample(
            PurchaseOrderShipped(
                purchaseOrderID: purchaseOrder, orderID: "ord_1", supplierID: "sup_1", carrier: "China Post",
                trackingNumber: "LZ123456785CN", isOnTime: true, requiredCarrier: "Wish Post", isCarrierMismatch: true,
                at: t(2000))),
        EventSample(
            DispatchExhausted(
                orderID: "ord_1", merchantID: "mer_1",
                attempts: [DispatchAttempt(supplierID: "sup_1", failure: .rejected)], refundAt: t(5000), at: t(600))),
        EventSample(DispatchAbandoned(orderID: "ord_1", at: t(5000))),
        EventSample(
            PurchaseOrderCancelRequested(
                purchaseOrderID: purchaseOrder, orderID: "ord_1", supplierID: "sup_1", at: t(700))),
        EventSample(
            PurchaseOrderCancelled(purchaseOrderID: purchaseOrder, orderID: "ord_1", supplierID: "sup_1", at: t(710))),
        EventSample(
            PurchaseOrderShippedAfterCancel(
                purchaseOrderID: purchaseOrder, orderID: "ord_1", supplierID: "sup_1", carrier: "China Post",
                trackingNumber: "LZ123456785CN", cost: price, costBearer: .supplier, at: t(720))),
        // fraud
        EventSample(
            FraudHoldStarted(
                orderID: "ord_1", merchantID: "mer_1", placedAt: t0, startedAt: t(1), holdEnds: t(480),
                assessment: RiskAssessment(orderID: "ord_1", reasons: reasons, reviewThreshold: 50))),
        EventSample(
            FraudHoldEnded(
                orderID: "ord_1", merchantID: "mer_1", endedAt: t(480), releasesOrder: false, reviewPending: true)),
        EventSample(
            FraudReviewOpened(orderID: "ord_1", merchantID: "mer_1", round: 1, reasons: reasons, openedAt: t(1))),
        EventSample(
            FraudReviewApproved(
                orderID: "ord_1", merchantID: "mer_1", round: 1, reviewer: "rita", approvedAt: t(500),
                releasesOrder: true)),
        EventSample(
            FraudReviewRejected(
                orderID: "ord_1", merchantID: "mer_1", round: 2, reviewer: "rita", reason: "card testing",
                rejectedAt: t(30))),
    ]
}
