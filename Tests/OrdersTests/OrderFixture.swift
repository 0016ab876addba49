import Contracts
import Foundation
import Orders

/// Builds orders and applies inputs for the order tests.
enum OrderFixture {
    static let euro = CurrencyCode("EUR")!
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    static let address = Address(
        name: "Ana Souza", line1: "Rua Augusta 1500", city: "São Paulo", region: "SP", postalCode: "01304-001",
        country: "BR")

    /// `minutes` after placement.
    static func t(_ minutes: Int) -> Date { t0.addingTimeInterval(Double(minutes) * 60) }

    static func place(quantity: Int = 2) throws(OrderError) -> (order: Order, events: [OrderEvent]) {
        try Order.place(
            id: "ord_1", merchantID: "mer_1", listingID: "lst_1", sku: "TEE-M", quantity: quantity,
            unitPrice: Money(minorUnits: 1999, currency: euro), customerName: "Ana Souza",
            customerEmail: "ana@example.com", shippingAddress: address, paymentToken: "tok_visa_4242", at: t0)
    }

    /// The review round Fraud Hold opens for `ruleIDs`, each rule weighing 30.
    static func review(_ ruleIDs: [String], round: Int = 1) -> ReviewRound {
        ReviewRound(
            number: round,
            reasons: ruleIDs.map { RiskReason(ruleID: $0, weight: 30, explanation: "The rule \($0) fired.") })
    }

    /// A placed order after `inputs`, applied one minute apart from minute 1.
    static func order(after inputs: [OrderInput]) throws -> Order {
        var order = try place().order
        for (index, input) in inputs.enumerated() {
            _ = try input.apply(to: &order, at: t(index + 1))
        }
        return order
    }
}
