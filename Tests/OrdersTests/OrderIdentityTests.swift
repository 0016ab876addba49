import Contracts
import Foundation
import Orders
import ServiceKit
import TestSupport
import Testing

/// Order ids and settings.
struct OrderIdentityTests {
    @Test("Order ids are ord_ and a ULID, increasing with time and within one millisecond")
    func orderIDsAreTimeOrdered() {
        let generator = OrderIDGenerator()
        let sameMillisecond = (0..<100).map { _ in generator.next(at: ServiceFixtures.t0) }
        let later = generator.next(at: ServiceFixtures.t(1))
        let ids = (sameMillisecond + [later]).map(\.rawValue)
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("ord_") && $0.count == 30 })
        let alphabet = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        #expect(ids.allSatisfy { $0.dropFirst(4).allSatisfy(alphabet.contains) })
        // The first 10 characters after the prefix are the milliseconds, as in every ULID
        #expect(OrderIDGenerator().next(at: Date(timeIntervalSince1970: 0)).rawValue.hasPrefix("ord_0000000000"))
    }

    @Test("Settings: reservation_ttl_seconds defaults to 900; a bad value or an unknown key is refused naming it")
    func settings() throws {
        func settings(_ values: [String: String]) throws(SettingsError) -> OrdersSettings {
            try OrdersSettings(SettingsReader(values, service: "orders"))
        }
        #expect(try settings([:]).reservationTTLSeconds == 900)
        #expect(try settings(["reservation_ttl_seconds": " 60 "]).reservationTTLSeconds == 60)
        for bad in ["0", "-5", "15m", ""] {
            let refusal = SettingsError(
                key: "services.orders.settings.reservation_ttl_seconds",
                reason: "expected an integer of at least 1, got \(String(reflecting: bad))")
            #expect(throws: refusal) { try settings(["reservation_ttl_seconds": bad]) }
        }
        #expect(
            throws: SettingsError(
                key: "services.orders.settings.other", reason: "unknown setting (known: reservation_ttl_seconds)")
        ) {
            try settings(["reservation_ttl_seconds": "60", "other": "x"])
        }
        let zero = #expect(throws: SettingsError.self) { try settings(["reservation_ttl_seconds": "0"]) }
        #expect(
            zero?.description
                == #"config key 'services.orders.settings.reservation_ttl_seconds': expected an integer of at least 1, "#
                + #"got "0""#)
    }

    @Test("Settings: the TTL goes with every reservation")
    func ttlSettingReachesInventory() async throws {
        let harness = try OrdersHarness(settings: OrdersSettings(reservationTTLSeconds: 120))
        let id = try await harness.place().orderID
        #expect(harness.reserver.reservations[id]?.ttlSeconds == 120)
    }
}
