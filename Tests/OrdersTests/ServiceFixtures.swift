import Contracts
import Foundation
import Orders

/// The catalogue, requests and upstream facts the service tests use: `ValidationFixtures`' request for 2 units
/// of `TSHIRT-M-BLUE` at 19.99 EUR, sold by the merchant "Loja Azul".
enum ServiceFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    static let euro = CurrencyCode("EUR")!
    static let merchantID: MerchantID = "mer_azul"
    static let listingID = ValidationFixtures.listingID
    static let skus = [ValidationFixtures.sku, "TSHIRT-L-BLUE"]
    static let card = CardDetails(fingerprint: "fp_4242", brand: "visa", last4: "4242", country: CountryCode("BR"))

    /// `minutes` after `t0`.
    static func t(_ minutes: Int) -> Date { t0.addingTimeInterval(Double(minutes) * 60) }

    static let merchant = MerchantRecord(
        id: merchantID, name: "Loja Azul", email: "vendas@loja-azul.example",
        returnAddress: Address(
            name: "Loja Azul", line1: "Rua Oscar Freire, 900", city: "São Paulo", region: "SP",
            postalCode: "01426-001", country: "BR"),
        language: "pt")

    /// The listing: medium at `price` (19.99 EUR), large at 21.99 EUR.
    static func listing(isActive: Bool = true, price: Int64 = 1999, perOrderLimit: Int = 10) -> ListingRecord {
        ListingRecord(
            id: listingID, merchantID: merchantID, title: "Camiseta Básica", isActive: isActive,
            perOrderLimit: perOrderLimit,
            variations: [
                VariationRecord(sku: skus[0], price: Money(minorUnits: price, currency: euro), stock: 20),
                VariationRecord(sku: skus[1], price: Money(minorUnits: 2199, currency: euro), stock: 20),
            ])
    }

    /// A request the service accepts (2 × 19.99 EUR to São Paulo), optionally with another key.
    static func request(quantity: Int = 2, idempotencyKey: String? = nil) -> PlacementRequest {
        ValidationFixtures.request(quantity: quantity, idempotencyKey: idempotencyKey)
    }

    // MARK: - Upstream facts

    static func authorised(_ id: OrderID, at time: Date) -> PaymentAuthorised {
        PaymentAuthorised(
            orderID: id, authorisationID: "auth_\(id)", amount: Money(minorUnits: 3998, currency: euro), card: card,
            authorisedAt: time)
    }

    static func declined(_ id: OrderID, at time: Date) -> PaymentDeclined {
        PaymentDeclined(
            orderID: id, amount: Money(minorUnits: 3998, currency: euro), reason: .insufficientFunds, card: card,
            attempts: 1, declinedAt: time)
    }

    /// The hold Fraud Hold starts: it ends 8 hours after `t0`.
    static func holdStarted(_ id: OrderID, at time: Date) -> FraudHoldStarted {
        FraudHoldStarted(
            orderID: id, merchantID: merchantID, placedAt: t0, startedAt: time, holdEnds: t(480),
            assessment: RiskAssessment(orderID: id, reasons: [], reviewThreshold: 50))
    }

    static func holdEnded(_ id: OrderID, at time: Date) -> FraudHoldEnded {
        FraudHoldEnded(orderID: id, merchantID: merchantID, endedAt: time, releasesOrder: true, reviewPending: false)
    }

    static let velocity = RiskReason(
        ruleID: "velocity_1h", weight: 60, explanation: "4 orders from this card in the last hour (limit 3)")

    static func reviewOpened(_ id: OrderID, round: Int = 1, at time: Date) -> FraudReviewOpened {
        FraudReviewOpened(orderID: id, merchantID: merchantID, round: round, reasons: [velocity], openedAt: time)
    }

    static func reviewApproved(_ id: OrderID, round: Int = 1, at time: Date) -> FraudReviewApproved {
        FraudReviewApproved(
            orderID: id, merchantID: merchantID, round: round, reviewer: "rev_ines", approvedAt: time,
            releasesOrder: false)
    }

    static func reviewRejected(_ id: OrderID, round: Int = 1, at time: Date) -> FraudReviewRejected {
        FraudReviewRejected(
            orderID: id, merchantID: merchantID, round: round, reviewer: "rev_ines", reason: "stolen card",
            rejectedAt: time)
    }
}
