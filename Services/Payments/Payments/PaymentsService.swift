import Contracts
import Foundation
import GRDB
import Logging
import MeshConfig
import ServiceKit
import Streams

/// The payments service, authorisations and refunds (R3, R5, R15): owns the authorisations, consumes `orders`,
/// publishes `payments` (`payment.authorised`, `payment.declined`, `payment.voided`, `payment.captured`,
/// `payment.refunded`).
///
/// Built from a store, its outbox, a clock and settings, with no socket, so that tests drive it directly:
/// `ordersHandler` applies the `orders` stream, `router` answers the RPCs, `timers` fires the retries.
/// `run(host:)` only wires these to the host.
public struct PaymentsService: Sendable {
    /// The instance whose stream this service consumes.
    public static let ordersSource = StreamNames.orders

    public let ordersHandler: OrdersStreamHandler
    public let router: RPCRouter
    /// Fires the `authorise-retry` timers, inside the firing transaction.
    public let timers: DurableTimers.Handler

    public init(
        store: DatabasePool, outbox: Outbox, clock: DomainClock, settings: PaymentsSettings = PaymentsSettings()
    ) {
        let desk = PaymentDesk(outbox: outbox, retryPolicy: settings.retryPolicy)
        ordersHandler = OrdersStreamHandler(desk: desk, clock: clock)
        router = PaymentsMethods.router(store: store)
        timers = { timer, db in
            guard timer.kind == PaymentDesk.retryTimerKind else { return }
            try desk.retry(timer, in: db)
        }
    }

    /// Reads the settings (refusing bad ones before anything is consumed), then runs until shutdown.
    public static func run(host: ServiceHost) async throws {
        let settings: PaymentsSettings
        do {
            settings = try PaymentsSettings(
                host.configuration.service(named: host.instance.serviceName)?.settings ?? [:])
        } catch {
            host.logger.critical("Refused the settings", metadata: ["error": "\(error)"])
            throw error
        }
        let service = PaymentsService(store: host.store, outbox: host.outbox, clock: host.clock, settings: settings)
        let policy = settings.retryPolicy
        host.logger.info(
            "Payments ready",
            metadata: [
                "gateway": "\(PaymentsSettings.testGateway)", "retry.attempts": "\(policy.maxAttempts)",
                "retry.initial_delay_s": "\(policy.initialDelay)", "retry.multiplier": "\(policy.multiplier)",
            ])
        try await host.run(
            consumes: [Consumption(source: ordersSource, handler: service.ordersHandler)], methods: service.router,
            timers: service.timers)
    }
}
