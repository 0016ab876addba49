import ServiceKit
import SupplierDispatch
import Testing

/// R6, R7: the dispatch deadlines and wiring come from the mesh config's `services.dispatch.settings`.
struct DispatchSettingsTests {
    static func settings(_ values: [String: String]) throws(SettingsError) -> DispatchSettings {
        try DispatchSettings(SettingsReader(values, service: "dispatch"))
    }

    @Test("R6, R7: a key left out keeps its default")
    func defaults() throws {
        #expect(try Self.settings([:]) == DispatchSettings())
    }

    @Test("R6, R7: every key is read, durations to the millisecond")
    func values() throws {
        let settings = try Self.settings([
            "dispatch_target_minutes": "90", "acknowledge_hours": "12", "ship_hours": " 36 ",
            "refund_after_hours": "0.0001", "supplier_connector": "connector", "connector_calls_per_worker": "16",
            "max_transit_days": "12",
        ])
        #expect(settings.policy.dispatchTarget == 5_400 && settings.policy.acknowledgeWithin == 43_200)
        #expect(settings.policy.shipWithin == 129_600 && settings.policy.refundAfter == 0.36)
        #expect(settings.supplierConnector == "connector" && settings.connectorCallsPerWorker == 16)
        #expect(settings.maxTransitDays == 12)  // R9
    }

    @Test(
        "Bad or unknown settings are refused, naming the key",
        arguments: [
            ("ship_hours", "0", "expected a positive number of hours up to a year, got \"0\""),
            ("dispatch_target_minutes", "soon", "expected a positive number of minutes up to a year, got \"soon\""),
            ("refund_after_hours", "9000", "expected a positive number of hours up to a year, got \"9000\""),
            ("supplier_connector", " ", "expected an instance name, got \" \""),
            ("connector_calls_per_worker", "0", "expected an integer from 1 to 1024, got \"0\""),
            ("max_transit_days", "366", "expected an integer from 1 to 365, got \"366\""),
            (
                "ship_hour", "48",
                "unknown setting (known: acknowledge_hours, connector_calls_per_worker, dispatch_target_minutes, "
                    + "max_transit_days, refund_after_hours, ship_hours, supplier_connector)"
            ),
        ])
    func refusals(key: String, value: String, reason: String) {
        let error = #expect(throws: SettingsError.self) { try Self.settings([key: value]) }
        #expect(error?.key == "services.dispatch.settings.\(key)")
        #expect(error?.reason == reason)
    }
}
