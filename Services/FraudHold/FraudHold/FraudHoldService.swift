import Contracts
import GRDB
import Logging
import MeshConfig
import ServiceKit
import Streams

/// The fraud-hold service (R4, and R5's "hold over, no review pending"): holds every authorised order for
/// `hold_hours` from placement, scores it with `RiskRules`, and puts risky orders in the reviewers' queue.
///
/// Publishes `fraud-hold`: `fraud.hold_started`, `fraud.review_opened`, `fraud.review_approved`,
/// `fraud.review_rejected`, `fraud.hold_ended`. Consumes `orders` (`order.placed`, `order.cancelled`,
/// `order.declined`) and `payments` (`payment.authorised`, `payment.declined`). Answers `fraud.queue`,
/// `fraud.show`, `fraud.approve`, `fraud.reject`, `fraud.reopen` (`ReviewMethods`). One durable timer per
/// held order, `hold-end:<orderID>`, due at placement + `hold_hours`.
///
/// Settings, under `services.fraud-hold.settings` in the mesh config (or `--set
/// services.fraud-hold.settings.hold_hours=4`, or `DROPLINE_SERVICES_FRAUD_HOLD_SETTINGS_HOLD_HOURS=4`):
/// - `hold_hours`: positive number, default `8`: how long an order is held from placement.
/// - `review_threshold`: positive integer, default `50`: the risk score that opens a review.
///
/// Built from a store, its outbox, a domain clock and the settings, so that tests drive the handlers, the
/// router and the timer handler without sockets; `run(host:)` only wires them to the host.
public struct FraudHoldService: DomainService {
    /// Applies the `orders` stream.
    public let ordersHandler: OrdersStreamHandler
    /// Applies the `payments` stream.
    public let paymentsHandler: PaymentsStreamHandler
    /// The reviewers' RPCs.
    public let router: RPCRouter
    /// Fires `hold-end` timers inside the caller's transaction.
    public let timers: DurableTimers.Handler?

    public init(store: any DatabaseWriter, outbox: Outbox, clock: DomainClock, settings: FraudHoldSettings) {
        let keeper = HoldKeeper(outbox: outbox, clock: clock, settings: settings)
        ordersHandler = OrdersStreamHandler(keeper: keeper)
        paymentsHandler = PaymentsStreamHandler(keeper: keeper)
        router = ReviewMethods.router(store: store, keeper: keeper)
        timers = { timer, db in try keeper.holdTimerFired(timer, in: db) }
    }

    public var consumptions: [Consumption] {
        [
            Consumption(source: StreamNames.orders, handler: ordersHandler),
            Consumption(source: StreamNames.payments, handler: paymentsHandler),
        ]
    }

    public var methods: RPCRouter { router }

    /// Reads the settings from the mesh config, then consumes `orders` and `payments`, serves the RPCs and
    /// fires hold timers until shutdown.
    public static func run(host: ServiceHost) async throws {
        let serviceName = host.instance.serviceName
        let settings = try FraudHoldSettings(
            host.configuration.service(named: serviceName)?.settings ?? [:], service: serviceName)
        host.logger.info(
            "Fraud hold policy",
            metadata: [
                "hold.seconds": "\(Int(settings.holdDuration))",
                "review.threshold": "\(settings.rules.reviewThreshold)",
            ])
        let service = FraudHoldService(store: host.store, outbox: host.outbox, clock: host.clock, settings: settings)
        try await host.run(service)
    }
}
