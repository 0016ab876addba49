import Contracts
import Foundation
import FraudHold
import Testing

/// R4: risk profiles per customer, card, address and IP: normalised keys, idempotent records, usual amount.
struct RiskProfileTests {
    /// An address with a throwaway recipient name, which the key leaves out.
    static func at(_ line1: String, _ city: String, _ postalCode: String, _ country: String) -> Address {
        Address(name: "Anyone", line1: line1, city: city, postalCode: postalCode, country: country)
    }

    @Test(
        "R4: trivial variations of an email or address meet in one profile",
        arguments: [
            (
                RiskProfileKey.customer(email: " Ana+shop@Example.COM "),
                RiskProfileKey.customer(email: "ana@example.com")
            ),
            (.ip("2001:DB8::1"), .ip("2001:db8::1")),
            (
                .address(at("12, Main Street.", "SPRINGFIELD", "62701", "US")),
                .address(at("12 main  street", "Springfield", "62701", "us"))
            ),
            (
                .address(at("Rua São João 5", "Belém", "66010-000", "BR")),
                .address(at("rua sao joao 5", "BELEM", "66010 000", "BR"))
            ),
        ])
    func normalisedKeys(lhs: RiskProfileKey, rhs: RiskProfileKey) {
        #expect(lhs == rhs)
    }

    @Test("R4: the recipient's name is left out; different addresses and customers stay apart")
    func distinctKeys() {
        var renamed = Fixtures.home
        renamed.name = "Bia Souza"
        #expect(RiskProfileKey.address(renamed) == .address(Fixtures.home))
        var other = Fixtures.home
        other.line1 = "14 Main Street"
        #expect(RiskProfileKey.address(other) != .address(Fixtures.home))
        #expect(RiskProfileKey.customer(email: "ana@example.com") != .customer(email: "bia@example.com"))
        #expect(RiskProfileKey.customer(email: "ana@example.com").description == "customer:ana@example.com")
    }

    @Test("R4: recording the same order twice changes nothing")
    func idempotentRecords() {
        var profile = RiskProfile(key: .card(fingerprint: "fp_1"))
        profile.recordAuthorisedOrder("o-1", amount: Fixtures.usd(10_00), placedAt: Fixtures.t0)
        profile.recordAuthorisedOrder("o-1", amount: Fixtures.usd(10_00), placedAt: Fixtures.t0)
        #expect(profile.orders.count == 1)
        #expect(profile.orderCount(from: Fixtures.hours(-1), to: Fixtures.t0, excluding: "o-2") == 1)
        #expect(profile.orderCount(from: Fixtures.hours(-1), to: Fixtures.t0, excluding: "o-1") == 0)
    }

    @Test(
        "R4: the usual amount is the median in the order's currency",
        arguments: [
            ([10_00], 10_00),
            ([30_00, 10_00, 20_00], 20_00),
            ([10_00, 30_00], 20_00),
            ([10_00, 15_01], 12_50),
            ([], nil),
        ] as [([Int64], Int64?)])
    func usualAmount(history: [Int64], median: Int64?) {
        var profile = RiskProfile(key: .customer(email: "ana@example.com"))
        for (index, amount) in history.enumerated() {
            profile.recordAuthorisedOrder(
                OrderID(rawValue: "o-\(index)"), amount: Fixtures.usd(amount), placedAt: Fixtures.hours(-Double(index)))
        }
        profile.recordAuthorisedOrder(
            "o-eur", amount: Money(minorUnits: 999_00, currency: Fixtures.eur), placedAt: Fixtures.t0)
        #expect(profile.usualAmount(in: Fixtures.usd, excluding: "o-new") == median.map(Fixtures.usd))
    }

    @Test("R4: a profile keeps the newest orders up to its history limit")
    func historyLimit() {
        var profile = RiskProfile(key: .customer(email: "ana@example.com"))
        for index in 0...RiskProfile.historyLimit {
            profile.recordAuthorisedOrder(
                OrderID(rawValue: "o-\(index)"), amount: Fixtures.usd(1_00), placedAt: Fixtures.hours(Double(index)))
        }
        #expect(profile.orders.count == RiskProfile.historyLimit)
        #expect(profile.orders.first?.orderID == "o-1")
    }
}
