import Contracts
import GRDB
import Logging
import ServiceKit
import Streams

/// The payments service, authorisations and refunds (R3, R5, R15): owns the authorisations, consumes `orders`,
/// publishes `payments` (`payment.authorised`, `payment.declined`, `payment.voided`, `payment.captured`,
/// `payment.refunded`), answers `payments.show` and `payments.test_cards` (`PaymentsMethods`). One durable timer
/// per order waiting for a retry, `authorise-retry:<orderID>` (`PaymentDesk`).
///
/// Built from its `ServiceParts` and `PaymentsSettings`, with no socket, so that tests drive the handler, the
/// router and the timer handler as the host does; `run(host:)` only wires them to the host.
public struct PaymentsService: DomainService {
    /// The store the RPCs read.
    let store: any DatabaseWriter
    let clock: DomainClock
    /// Applies every input to the store, in the caller's transaction.
    let desk: PaymentDesk

    public init(parts: ServiceParts, settings: PaymentsSettings = PaymentsSettings()) {
        store = parts.store
        clock = parts.clock
        desk = PaymentDesk(outbox: parts.outbox, retryPolicy: settings.retryPolicy)
    }

    /// `orders`.
    public var consumptions: [Consumption] {
        [Consumption(source: StreamNames.orders, handler: OrdersStreamHandler(desk: desk, clock: clock))]
    }

    /// `payments.show` and `payments.test_cards`.
    public var methods: RPCRouter { PaymentsMethods(store: store).router }

    /// Fires the `authorise-retry` timers, inside the firing transaction.
    public var timers: DurableTimers.Handler? {
        { [desk] timer, db in
            guard timer.kind == PaymentDesk.retryTimerKind else { return }
            try desk.retry(timer, in: db)
        }
    }

    /// Reads the settings (refusing bad ones before anything is consumed), then runs until shutdown.
    public static func run(host: ServiceHost) async throws {
        let settings = try PaymentsSettings(host.settingsReader)
        let policy = settings.retryPolicy
        host.logger.info(
            "Payments ready",
            metadata: [
                "gateway": "\(PaymentsSettings.testGateway)", "retry.attempts": "\(policy.maxAttempts)",
                "retry.initial_delay_s": "\(policy.initialDelay)", "retry.multiplier": "\(policy.multiplier)",
            ])
        try await host.run(PaymentsService(parts: host.parts, settings: settings))
    }
}
