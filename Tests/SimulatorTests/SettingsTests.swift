import Contracts
import Foundation
import ServiceKit
import Simulator
import TestSupport
import Testing

/// The simulated suppliers' defaults come from the mesh config's `services.simulator.settings`.
struct SettingsTests {
    @Test("The documented defaults: 10-120 min, 4-36 h, 2% rejected, 2% out of stock, seed 1, dispatch")
    func defaults() throws {
        let settings = try SimulatorSettings(SettingsReader([:], service: "simulator"))
        #expect(settings == SimulatorSettings())
        #expect(settings.behaviour.ackDelayMinutes == DelayRange(min: 10, max: 120))
        #expect(settings.behaviour.shipDelayHours == DelayRange(min: 4, max: 36))
        #expect(settings.behaviour.rejectRate == 0.02 && settings.behaviour.outOfStockRate == 0.02)
        #expect(settings.behaviour.silentRate == 0 && settings.behaviour.lateShipRate == 0)
        #expect(settings.behaviour.carriers == ["China Post", "Wish Post Standard"])
        #expect(settings.latency == .zero && settings.seed == 1 && settings.dispatchService == "dispatch")
        #expect(settings.callsInFlight == 16)
        #expect(settings.trackingService == "tracking")
        #expect(
            settings.carrierBehaviour
                == CarrierBehaviour(
                    exceptionRate: 0.02, returnRate: 0.01, lostRate: 0.01, unscannedRate: 0.01, transitMultiplier: 1))
    }

    @Test("Every key is read")
    func values() throws {
        let settings = try SimulatorSettings(
            SettingsReader(
                [
                    "ack_delay_minutes": "5-15", "ship_delay_hours": " 12 ", "reject_rate": "0.1",
                    "out_of_stock_rate": "0.05", "silent_rate": "0.01", "late_ship_rate": "0.2",
                    "carriers": "Wish Post Express, China Post", "latency_ms": "50", "seed": "18446744073709551615",
                    "dispatch": "dispatch-eu", "calls_in_flight": "4", "carrier_exception_rate": "0.1",
                    "carrier_return_rate": "0.2", "carrier_lost_rate": "0.3", "carrier_unscanned_rate": "0.4",
                    "carrier_transit_multiplier": "1.5", "tracking": "tracking-eu",
                ], service: "simulator"))
        let behaviour = SupplierBehaviour(
            ackDelayMinutes: DelayRange(min: 5, max: 15), shipDelayHours: DelayRange(min: 12, max: 12),
            rejectRate: 0.1, outOfStockRate: 0.05, silentRate: 0.01, lateShipRate: 0.2,
            carriers: ["Wish Post Express", "China Post"])
        #expect(
            settings
                == SimulatorSettings(
                    behaviour: behaviour,
                    carrierBehaviour: CarrierBehaviour(
                        exceptionRate: 0.1, returnRate: 0.2, lostRate: 0.3, unscannedRate: 0.4, transitMultiplier: 1.5),
                    latency: .milliseconds(50), seed: .max, dispatchService: "dispatch-eu", callsInFlight: 4,
                    trackingService: "tracking-eu"))
        #expect(behaviour.ackDelayMinutes.description == "5-15" && behaviour.shipDelayHours.description == "12")
    }

    @Test(
        "Bad or unknown settings are refused, naming the key",
        arguments: [
            (
                "ack_delay_minutes", "120-10",
                "expected a range such as \"10-120\" or one number, not negative, got \"120-10\""
            ),
            (
                "ship_delay_hours", "soon",
                "expected a range such as \"10-120\" or one number, not negative, got \"soon\""
            ),
            ("ship_delay_hours", "-4", "expected a range such as \"10-120\" or one number, not negative, got \"-4\""),
            ("reject_rate", "1.5", "expected a number from 0 to 1, got \"1.5\""),
            ("out_of_stock_rate", "-0.1", "expected a number from 0 to 1, got \"-0.1\""),
            ("silent_rate", "nan", "expected a number from 0 to 1, got \"nan\""),
            ("late_ship_rate", "half", "expected a number from 0 to 1, got \"half\""),
            ("latency_ms", "-5", "expected milliseconds from 0 to 60000, got \"-5\""),
            ("seed", "-1", "expected an unsigned 64-bit integer, got \"-1\""),
            ("dispatch", " ", "expected a service name, got \" \""),
            ("calls_in_flight", "0", "expected an integer from 1 to 256, got \"0\""),
            (
                "carriers", "China Post, Pony Express",
                "unknown carrier \"Pony Express\" (known: China Post, Wish Post Standard, Wish Post Express)"
            ),
            ("carrier_lost_rate", "2", "expected a number from 0 to 1, got \"2\""),
            ("carrier_transit_multiplier", "0", "expected a number above 0, at most 10, got \"0\""),
            ("tracking", "", "expected a service name, got \"\""),
            (
                "reject_ratio", "0.1",
                "unknown setting (known: ack_delay_minutes, calls_in_flight, carrier_exception_rate, "
                    + "carrier_lost_rate, carrier_return_rate, carrier_transit_multiplier, carrier_unscanned_rate, "
                    + "carriers, dispatch, late_ship_rate, latency_ms, out_of_stock_rate, reject_rate, seed, "
                    + "ship_delay_hours, silent_rate, tracking)"
            ),
        ])
    func refusals(key: String, value: String, reason: String) {
        let error = #expect(throws: SettingsError.self) {
            try SimulatorSettings(SettingsReader([key: value], service: "simulator"))
        }
        #expect(error?.key == "services.simulator.settings.\(key)")
        #expect(error?.reason == reason)
    }

    @Test("The three refusal rates together may not exceed 1")
    func refusalRatesAddUp() {
        let error = #expect(throws: SettingsError.self) {
            try SimulatorSettings(
                SettingsReader(
                    ["reject_rate": "0.5", "out_of_stock_rate": "0.3", "silent_rate": "0.4"], service: "sim"))
        }
        #expect(error?.key == "services.sim.settings.silent_rate")
        #expect(error?.description.contains("add up to 1.2") == true)
    }

    @Test("R10: the four carrier rates together may not exceed 1")
    func carrierRatesAddUp() {
        let error = #expect(throws: SettingsError.self) {
            try SimulatorSettings(
                SettingsReader(["carrier_lost_rate": "0.6", "carrier_return_rate": "0.6"], service: "simulator"))
        }
        #expect(error?.key == "services.simulator.settings.carrier_unscanned_rate")
        #expect(error?.description.contains("more than 1") == true)
    }

    @Test("R6: answers go to the partition that owns the order, named as DispatchPartitioning names it")
    func routeFollowsDispatchPartitioning() throws {
        let route = DispatchRoute(instanceNames: (0..<4).map(DispatchPartitioning.instanceName))
        let partitioning = DispatchPartitioning(count: 4)
        for index in 1...40 {
            let purchaseOrder = DispatchPartitioning.purchaseOrderID(
                order: OrderID(rawValue: "ord_\(index)"), attempt: 2)
            let partition = try #require(partitioning.partition(of: purchaseOrder))
            #expect(route.instanceName(for: purchaseOrder) == DispatchPartitioning.instanceName(of: partition))
        }
        #expect(route.instanceName(for: "not-a-po") == nil)
    }

    @Test("The dispatch setting must name a partitioned service of the mesh config")
    func routeNeedsPartitionedDispatch() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = try MeshFixture.options(in: directory, dispatchPartitions: 3, simulatorSettings: [:])
            .loadConfiguration()
        let route = try DispatchRoute(
            configuration: configuration, dispatchService: "dispatch", simulatorService: "simulator")
        #expect(route.instanceNames == ["dispatch.p0", "dispatch.p1", "dispatch.p2"])
        let error = #expect(throws: SettingsError.self) {
            try DispatchRoute(
                configuration: configuration, dispatchService: "dispatch-eu", simulatorService: "simulator")
        }
        #expect(error?.key == "services.simulator.settings.dispatch")
        #expect(error?.reason == "no partitioned service named \"dispatch-eu\" in the mesh config")
    }
}
