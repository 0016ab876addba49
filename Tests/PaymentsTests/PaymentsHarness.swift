import Contracts
import Foundation
import ServiceKit
import TestSupport

@testable import Payments

/// A payments service on the shared harness: a real store in a temporary folder, no sockets.
typealias PaymentsHarness = ServiceHarness<PaymentsService>

extension ServiceHarness where Service == PaymentsService {
    /// A fresh payments service at `Fixtures.t0`.
    /// - Parameter prepare: runs on the store's path before the service opens (and migrates) it, to leave an older
    ///   store there.
    convenience init(settings: PaymentsSettings = PaymentsSettings(), prepare: (String) throws -> Void = { _ in })
        throws
    {
        try self.init(
            stream: StreamNames.payments, start: Fixtures.t0, migrations: PaymentsStore.migrate, prepare: prepare
        ) { parts in PaymentsService(parts: parts, settings: settings) }
    }

    /// Applies `fact` as the next event of the `orders` stream, at the fact's time and correlated by its order.
    /// - Throws: `StreamFeed.NotApplied` when the service dead-lettered it.
    @discardableResult
    func apply<Fact: OrdersFact>(_ fact: Fact) throws -> StreamFeed.Delivery {
        try deliver(fact, on: StreamNames.orders, at: fact.at, correlation: fact.orderID.rawValue)
    }

    /// Like `apply`, but returns however the applier ended, a dead letter included.
    @discardableResult
    func offer<Fact: OrdersFact>(_ fact: Fact) throws -> StreamFeed.Delivery {
        try offer(fact, on: StreamNames.orders, at: fact.at, correlation: fact.orderID.rawValue, id: nil)
    }

    /// The order's authorisation as stored.
    func authorisation(_ orderID: OrderID) throws -> Authorisation? {
        try read { try AuthorisationRecords.find(orderID, in: $0) }
    }
}
