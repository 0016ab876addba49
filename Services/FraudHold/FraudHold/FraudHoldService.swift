import Contracts
import GRDB
import Logging
import ServiceKit
import Streams

/// The fraud-hold service (R4, and R5's "hold over, no review pending"): holds every authorised order for
/// `hold_hours` from placement, scores it with `RiskRules`, and puts risky orders in the reviewers' queue.
///
/// Publishes `fraud-hold`: `fraud.hold_started`, `fraud.review_opened`, `fraud.review_approved`,
/// `fraud.review_rejected`, `fraud.hold_ended`. Consumes `orders` (`order.placed`, `order.cancelled`,
/// `order.declined`) and `payments` (`payment.authorised`, `payment.declined`). Answers `fraud.queue`,
/// `fraud.show`, `fraud.approve`, `fraud.reject`, `fraud.reopen` (`FraudHoldMethods`). One durable timer per
/// held order, `hold-end:<orderID>`, due at placement + `hold_hours`.
///
/// Settings, under `services.fraud-hold.settings` in the mesh config (or `--set
/// services.fraud-hold.settings.hold_hours=4`, or `DROPLINE_SERVICES_FRAUD_HOLD_SETTINGS_HOLD_HOURS=4`):
/// - `hold_hours`: positive number, default `8`: how long an order is held from placement.
/// - `review_threshold`: positive integer, default `50`: the risk score that opens a review.
///
/// Built from its `ServiceParts` and settings, with no socket, so that tests drive the handlers, the router and
/// the timer handler as the host does; `run(host:)` only wires them to the host.
public struct FraudHoldService: DomainService {
    /// The store the reviewers' RPCs read and write.
    let store: any DatabaseWriter
    /// Applies every input to the store, in the caller's transaction.
    let desk: HoldDesk

    public init(parts: ServiceParts, settings: FraudHoldSettings) {
        store = parts.store
        desk = HoldDesk(outbox: parts.outbox, clock: parts.clock, settings: settings)
    }

    /// `orders` and `payments`.
    public var consumptions: [Consumption] {
        [
            Consumption(source: StreamNames.orders, handler: OrdersStreamHandler(desk: desk)),
            Consumption(source: StreamNames.payments, handler: PaymentsStreamHandler(desk: desk)),
        ]
    }

    /// The reviewers' RPCs.
    public var methods: RPCRouter { FraudHoldMethods(store: store, desk: desk).router }

    /// Fires `hold-end` timers inside the caller's transaction.
    public var timers: DurableTimers.Handler? {
        { [desk] timer, db in try desk.holdTimerFired(timer, in: db) }
    }

    /// Reads the settings from the mesh config, then consumes `orders` and `payments`, serves the RPCs and
    /// fires hold timers until shutdown.
    public static func run(host: ServiceHost) async throws {
        let settings = try FraudHoldSettings(host.settingsReader)
        host.logger.info(
            "Fraud hold policy",
            metadata: [
                "hold.seconds": "\(Int(settings.holdDuration))",
                "review.threshold": "\(settings.rules.reviewThreshold)",
            ])
        try await host.run(FraudHoldService(parts: host.parts, settings: settings))
    }
}
