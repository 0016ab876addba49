import Contracts
import Foundation
import Payments
import Testing

/// R3: transient gateway failures are retried with exponential backoff in domain time, then declined.
struct RetryPolicyTests {
    @Test(
        "R3: default schedule is 1, 2, 4, 8 minutes, then gateway_unavailable after the 5th attempt",
        arguments: [
            (1, RetryPolicy.Decision.retry(at: Fixtures.minutes(1))),
            (2, .retry(at: Fixtures.minutes(2))),
            (3, .retry(at: Fixtures.minutes(4))),
            (4, .retry(at: Fixtures.minutes(8))),
            (5, .decline(.gatewayUnavailable)),
            (6, .decline(.gatewayUnavailable)),
        ])
    func defaultSchedule(failedAttempts: Int, decision: RetryPolicy.Decision) {
        #expect(RetryPolicy().decide(afterFailedAttempts: failedAttempts, now: Fixtures.t0) == decision)
    }

    @Test(
        "R3: the schedule follows the policy settings",
        arguments: [
            (1, RetryPolicy.Decision.retry(at: Fixtures.t0.addingTimeInterval(30))),
            (2, .retry(at: Fixtures.t0.addingTimeInterval(90))),
            (3, .decline(.gatewayUnavailable)),
        ])
    func customSchedule(failedAttempts: Int, decision: RetryPolicy.Decision) {
        let policy = RetryPolicy(maxAttempts: 3, initialDelay: 30, multiplier: 3)
        #expect(policy.decide(afterFailedAttempts: failedAttempts, now: Fixtures.t0) == decision)
    }
}
