import Contracts
import Foundation
import FraudHold
import ServiceKit
import TestSupport

/// A fraud-hold service on the shared harness: a real store in a temporary folder, no sockets.
typealias FraudHoldHarness = ServiceHarness<FraudHoldService>

extension ServiceHarness where Service == FraudHoldService {
    /// A fresh fraud-hold service at `Fixtures.t0`.
    /// - Parameter prepare: runs on the store's path before the service opens (and migrates) it.
    convenience init(settings: FraudHoldSettings = FraudHoldSettings(), prepare: (String) throws -> Void = { _ in })
        throws
    {
        try self.init(
            stream: StreamNames.fraudHold, start: Fixtures.t0, migrations: FraudHoldStore.migrate, prepare: prepare
        ) { parts in FraudHoldService(parts: parts, settings: settings) }
    }
}
