import Contracts
import Foundation

/// When to retry an authorisation that failed transiently, in domain time (R3).
///
/// Defaults: 5 attempts in all; the retry after failed attempt *n* waits `initialDelay × multiplier^(n-1)`,
/// so 1, 2, 4 and 8 minutes; when the 5th attempt fails too, the payment is declined `gateway_unavailable`.
public struct RetryPolicy: Hashable, Sendable, Codable {
    /// What to do after a transient failure.
    public enum Decision: Hashable, Sendable {
        /// Try again at this domain time, with the same idempotency key.
        case retry(at: Date)
        /// Give up: the final decline code.
        case decline(DeclineCode)
    }

    /// Attempts in all, the first included. Default 5.
    public var maxAttempts: Int
    /// The wait after the first failure, in seconds. Default 60.
    public var initialDelay: TimeInterval
    /// Each later wait is this many times the previous one. Default 2.
    public var multiplier: Double

    public init(maxAttempts: Int = 5, initialDelay: TimeInterval = 60, multiplier: Double = 2) {
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.multiplier = multiplier
    }

    /// The decision after `failedAttempts` transient failures in a row, the last one at `now`.
    public func decide(afterFailedAttempts failedAttempts: Int, now: Date) -> Decision {
        guard failedAttempts < maxAttempts else { return .decline(.gatewayUnavailable) }
        let exponent = Double(max(failedAttempts, 1) - 1)
        return .retry(at: now.addingTimeInterval(initialDelay * pow(multiplier, exponent)))
    }
}
