import Contracts
import ServiceKit
import Testing
import Tracking

/// `services.tracking.settings`: defaults, each key read, a bad value or unknown key refused by name.
struct SettingsTests {
    @Test("The defaults: 5 and 7 days, stalled after 7, 50.00 USD, 20 parcels, 7-25 days")
    func defaults() throws {
        let settings = try TrackingSettings(SettingsReader([:], service: "tracking"))
        #expect(settings.fulfilmentDeadlineDays == 5 && settings.confirmationDeadlineDays == 7)
        #expect(settings.stalledAfterDays == 7 && settings.laneMinimumParcels == 20)
        #expect(settings.lateFulfillmentPenalty == Money(minorUnits: 50_00, currency: Fixtures.usd))
        #expect(settings.defaultTransitDays == DayRange(minimum: 7, maximum: 25))
    }

    @Test("Every key is read")
    func keysRead() throws {
        let settings = try TrackingSettings(
            SettingsReader(
                [
                    "fulfilment_deadline_days": "4", "confirmation_deadline_days": "6", "stalled_after_days": "10",
                    "late_fulfillment_penalty": "25 EUR", "lane_minimum_parcels": "5", "default_transit_days": "12",
                ], service: "tracking"))
        #expect(settings.fulfilmentDeadlineDays == 4 && settings.confirmationDeadlineDays == 6)
        #expect(settings.stalledAfterDays == 10 && settings.laneMinimumParcels == 5)
        #expect(settings.lateFulfillmentPenalty == Money(minorUnits: 25_00, currency: CurrencyCode("EUR")!))
        #expect(settings.defaultTransitDays == DayRange(minimum: 12, maximum: 12))
    }

    @Test("A bad penalty, a reversed range or an unknown key is refused, naming the key")
    func refusals() {
        for (key, value) in [
            ("late_fulfillment_penalty", "50.001 USD"), ("late_fulfillment_penalty", "50"),
            ("default_transit_days", "25-7"), ("fulfilment_deadline_days", "0"), ("hold_days", "1"),
        ] {
            #expect(throws: SettingsError.self) {
                try TrackingSettings(SettingsReader([key: value], service: "tracking"))
            }
        }
    }
}
